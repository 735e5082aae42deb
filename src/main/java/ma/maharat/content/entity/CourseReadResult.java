package ma.maharat.content.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one course folder: either a complete {@link CourseDefinition} or every problem
 * found, never both. Authors fix all problems in one round instead of one per import attempt.
 */
public final class CourseReadResult {

    private final String folder;
    private final CourseDefinition course;
    private final List<ContentProblem> problems;

    private CourseReadResult(String folder, CourseDefinition course, List<ContentProblem> problems) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.course = course;
        this.problems = List.copyOf(problems);
    }

    /** A folder that passed every check. */
    public static CourseReadResult valid(String folder, CourseDefinition course) {
        return new CourseReadResult(folder, Objects.requireNonNull(course, "course"), List.of());
    }

    /** A folder with problems; {@code problems} must not be empty. */
    public static CourseReadResult invalid(String folder, List<ContentProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid course needs at least one problem");
        }
        return new CourseReadResult(folder, null, problems);
    }

    /** The name of the course folder, which is the course id when the course is valid. */
    public String folder() {
        return folder;
    }

    public boolean isValid() {
        return course != null;
    }

    /** The course, present exactly when {@link #isValid()}. */
    public Optional<CourseDefinition> course() {
        return Optional.ofNullable(course);
    }

    /** The problems in reading order (file, then line); empty when valid. */
    public List<ContentProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return isValid() ? "CourseReadResult[valid " + folder + "]"
                : "CourseReadResult[invalid " + folder + ", " + problems.size() + " problem(s)]";
    }
}
