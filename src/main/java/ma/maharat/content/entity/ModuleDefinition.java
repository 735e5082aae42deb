package ma.maharat.content.entity;

import java.util.List;
import java.util.Objects;

/**
 * A module of a course: an ordered group of lessons, which is also the unit the quiz banks group
 * their questions by.
 *
 * @param id      module id, unique in the course
 * @param title   module title
 * @param lessons the lessons in the order learners take them
 */
public record ModuleDefinition(String id, LocalizedText title, List<LessonDefinition> lessons) {

    public ModuleDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        lessons = List.copyOf(lessons);
    }
}
