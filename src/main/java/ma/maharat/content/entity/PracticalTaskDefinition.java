package ma.maharat.content.entity;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A practical task of a course as its course.yaml defines it, checked: a piece of work the trainee
 * does with her hands (sew a prototype) and a trainer signs off against a rubric. The rubric is a
 * scale of levels (lowest first, with strictly increasing points) and criteria, each describing what
 * every level of the scale means for it. Only built when the task has no problem at all.
 *
 * @param id          the task id, unique in the course
 * @param title       what the task is called
 * @param description what the trainee must do
 * @param required    whether the course is completed only once this task is signed off at a passing level
 * @param levels      the scale, lowest first
 * @param passLevel   the id of the lowest level that passes, for every criterion
 * @param criteria    the criteria in the order the trainer assesses them
 */
public record PracticalTaskDefinition(String id, LocalizedText title, LocalizedText description, boolean required,
                                      List<Level> levels, String passLevel, List<Criterion> criteria) {

    /** A level of the scale: {@code points} order the levels and decide passing. */
    public record Level(String id, int points, LocalizedText title) {
    }

    /** A criterion and, for each level id of the scale, what that level means for it. */
    public record Criterion(String id, LocalizedText title, Map<String, LocalizedText> descriptions) {
        public Criterion {
            descriptions = Map.copyOf(descriptions);
        }
    }

    public PracticalTaskDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(passLevel, "passLevel");
        levels = List.copyOf(levels);
        criteria = List.copyOf(criteria);
    }

    /** The points of the pass level. */
    public int passPoints() {
        return levels.stream().filter(level -> level.id().equals(passLevel)).findFirst().orElseThrow().points();
    }
}
