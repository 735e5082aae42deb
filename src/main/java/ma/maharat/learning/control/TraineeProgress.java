package ma.maharat.learning.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a lesson page needs to know about a trainee, copied out of the database: her enrolments (by
 * course id) and the lessons she has done. Immutable; {@link ProgressMemory} keeps it for a while.
 */
public record TraineeProgress(Map<Long, Enrolment> enrolments, Set<Long> doneLessons) {

    /** An enrolment: whether the course is completed, and the lesson she opened last (may be null). */
    public record Enrolment(long id, long courseId, boolean completed, Long lastLessonId) {}

    public TraineeProgress {
        enrolments = Map.copyOf(enrolments);
        doneLessons = Set.copyOf(doneLessons);
    }

    public Optional<Enrolment> in(long courseId) {
        return Optional.ofNullable(enrolments.get(courseId));
    }

    public Set<Long> completedCourses() {
        return enrolments.values().stream().filter(Enrolment::completed).map(Enrolment::courseId).collect(Collectors.toSet());
    }

    public boolean isDone(long lessonId) {
        return doneLessons.contains(lessonId);
    }

    /** The same progress, with this lesson as where she stopped in its course. */
    public TraineeProgress withLastLesson(long courseId, long lessonId) {
        Enrolment enrolment = enrolments.get(courseId);
        if (enrolment == null) {
            return this;
        }
        Map<Long, Enrolment> changed = new HashMap<>(enrolments);
        changed.put(courseId, new Enrolment(enrolment.id(), courseId, enrolment.completed(), lessonId));
        return new TraineeProgress(changed, doneLessons);
    }
}
