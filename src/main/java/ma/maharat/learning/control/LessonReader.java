package ma.maharat.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Opens a lesson for a trainee from memory: the published courses ({@link PublishedCourses}) and her
 * progress ({@link ProgressMemory}). The same rules as {@link Learning#open}, in the same order (not
 * enrolled, course locked by a prerequisite, no such current lesson), without a transaction — except
 * when where she stopped changes, which is written at once (one update).
 */
@ApplicationScoped
public class LessonReader {

    /** A lesson opened: its course, its place in it, and whether she has done it. */
    public record OpenLesson(PublishedCourse course, int index, boolean done) {

        public PublishedLesson lesson() {
            return course.lessons().get(index);
        }

        public Optional<PublishedLesson> previous() {
            return index > 0 ? Optional.of(course.lessons().get(index - 1)) : Optional.empty();
        }

        public Optional<PublishedLesson> next() {
            return index + 1 < course.lessons().size() ? Optional.of(course.lessons().get(index + 1)) : Optional.empty();
        }
    }

    @Inject
    PublishedCourses courses;

    @Inject
    ProgressMemory progress;

    @Inject
    TraineeProgressStore store;

    public OpenLesson open(long traineeId, String courseCode, String lessonCode) {
        OpenLesson open = find(traineeId, courseCode, lessonCode);
        TraineeProgress known = progress.of(traineeId);
        TraineeProgress.Enrolment enrolment = known.in(open.course().id()).orElseThrow();
        long lessonId = open.lesson().id();
        if (enrolment.lastLessonId() == null || enrolment.lastLessonId() != lessonId) {
            store.recordWhereSheStopped(enrolment.id(), lessonId);
            progress.lastLessonRecorded(traineeId, known, open.course().id(), lessonId);
        }
        return open;
    }

    /** The lesson as {@link #open} finds it, without recording it as where she stopped. */
    public OpenLesson find(long traineeId, String courseCode, String lessonCode) {
        TraineeProgress known = progress.of(traineeId);
        PublishedCourse course = courses.course(courseCode).orElseThrow(() -> new LearningRuleViolation("learning.notEnrolled"));
        known.in(course.id()).orElseThrow(() -> new LearningRuleViolation("learning.notEnrolled"));
        if (!known.completedCourses().containsAll(course.prerequisites())) {
            throw new LearningRuleViolation("learning.locked");
        }
        int index = course.indexOf(lessonCode);
        if (index < 0) {
            throw new LearningRuleViolation("learning.lessonNotFound");
        }
        return new OpenLesson(course, index, known.isDone(course.lessons().get(index).id()));
    }
}
