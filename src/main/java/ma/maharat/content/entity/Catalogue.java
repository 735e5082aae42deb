package ma.maharat.content.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of reading the whole modules-content folder. A course with a problem is rejected alone
 * (with the courses that require it); the other courses stay importable, so one broken draft does
 * not block the whole catalogue.
 *
 * @param courses          the valid courses, prerequisites before the courses that require them
 *                         (then by id), so the importer can insert them in this order
 * @param problemsByCourse the rejected courses: folder name to its problems in reading order,
 *                         folders sorted by name
 */
public record Catalogue(List<CourseDefinition> courses, Map<String, List<ContentProblem>> problemsByCourse) {

    public Catalogue {
        courses = List.copyOf(courses);
        Map<String, List<ContentProblem>> copy = new LinkedHashMap<>();
        problemsByCourse.forEach((folder, problems) -> copy.put(folder, List.copyOf(problems)));
        problemsByCourse = Collections.unmodifiableMap(copy);
    }

    /** Every problem of every rejected course, in folder order. */
    public List<ContentProblem> problems() {
        return problemsByCourse.values().stream().flatMap(List::stream).toList();
    }

    /** Whether every course folder was accepted. */
    public boolean isClean() {
        return problemsByCourse.isEmpty();
    }

    /** The valid course with this id, if any. */
    public Optional<CourseDefinition> course(String id) {
        return courses.stream().filter(course -> course.id().equals(id)).findFirst();
    }
}
