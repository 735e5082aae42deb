package ma.maharat.content.entity;

import java.util.List;

/** The result of importing modules-content: one line per course folder, in import order. */
public record ImportReport(List<CourseImportResult> courses) {

    public ImportReport {
        courses = List.copyOf(courses);
    }

    public List<ContentProblem> problems() {
        return courses.stream().flatMap(c -> c.problems().stream()).toList();
    }

    public long count(CourseImportResult.Outcome outcome) {
        return courses.stream().filter(c -> c.outcome() == outcome).count();
    }
}
