package ma.maharat.content.entity;

import java.util.List;

/** What importing one course folder did, or why it changed nothing. */
public record CourseImportResult(String course, Outcome outcome, int lessonsAdded, int lessonsUpdated,
        int lessonsArchived, List<ContentProblem> problems) {

    /** The four things an import can do to a course. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    public CourseImportResult {
        problems = List.copyOf(problems);
    }

    public static CourseImportResult rejected(String course, List<ContentProblem> problems) {
        return new CourseImportResult(course, Outcome.REJECTED, 0, 0, 0, problems);
    }

    public static CourseImportResult unchanged(String course) {
        return new CourseImportResult(course, Outcome.UNCHANGED, 0, 0, 0, List.of());
    }
}
