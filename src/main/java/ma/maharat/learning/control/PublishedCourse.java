package ma.maharat.learning.control;

import java.util.List;
import java.util.Set;
import ma.maharat.course.entity.LocalizedText;

/**
 * A course as trainees read it today: the ids of the courses to complete first, and its current
 * (not archived) lessons in reading order, module by module.
 */
public record PublishedCourse(long id, String code, LocalizedText title, Set<Long> prerequisites, List<PublishedLesson> lessons) {

    public PublishedCourse {
        prerequisites = Set.copyOf(prerequisites);
        lessons = List.copyOf(lessons);
    }

    /** The lesson's place in reading order, or -1 when the course has no current lesson with that code. */
    public int indexOf(String lessonCode) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).code().equals(lessonCode)) {
                return i;
            }
        }
        return -1;
    }
}
