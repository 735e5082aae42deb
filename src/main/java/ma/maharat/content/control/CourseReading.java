package ma.maharat.content.control;

import java.util.ArrayList;
import java.util.List;

import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;

/**
 * One course folder as read, with what the catalogue checks need beyond the public result: the id
 * the manifest declares and the lines of the prerequisites, even when the course itself is invalid.
 *
 * @param folder        the folder name
 * @param declaredId    the id written in course.yaml, when it has a valid form (may differ from folder)
 * @param prerequisites the valid prerequisite ids with their lines
 * @param course        the course when the folder had no problem, else {@code null}
 * @param problems      the folder's problems, in reading order
 */
record CourseReading(String folder, Located<String> declaredId, List<Located<String>> prerequisites,
                     CourseDefinition course, List<ContentProblem> problems) {

    CourseReading {
        List<ContentProblem> sorted = new ArrayList<>(problems);
        sorted.sort(ContentProblem.READING_ORDER);
        problems = List.copyOf(sorted);
        prerequisites = List.copyOf(prerequisites);
    }

    /** The manifest path relative to modules-content, used for catalogue problems. */
    String manifestFile() {
        return folder + "/" + CourseFolderReader.MANIFEST;
    }

    CourseReadResult result() {
        return course != null && problems.isEmpty()
                ? CourseReadResult.valid(folder, course)
                : CourseReadResult.invalid(folder, problems);
    }
}
