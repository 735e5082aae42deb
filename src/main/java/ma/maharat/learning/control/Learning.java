package ma.maharat.learning.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.learning.entity.LessonCompletion;

/**
 * What a trainee does with her courses: see them with her progress, open a course and a lesson,
 * and mark a lesson done. Every call names the trainee, and a course she is not enrolled in, or
 * whose prerequisites she has not completed, is refused here rather than hidden in a page.
 */
@Stateless
public class Learning {

    /** EclipseLink's hint (QueryHints.READ_ONLY), spelled out: EclipseLink's API is not compiled against. */
    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    /** What other features require before a course is completed (practical tasks signed off). */
    @Inject
    @Any
    Instance<CompletionRequirement> requirements;
    /** Which lessons and courses have a quiz, and which a trainee passed (answered by the quiz feature). */
    @Inject
    CourseQuizzes quizzes;
    @Inject
    Event<ProgressChanged> progressChanged;

    /** A course as it appears in "My courses". */
    public record CourseCard(Course course, CourseProgress progress, List<Course> missingPrerequisites, Instant completedAt) {
        public boolean isLocked() {
            return !missingPrerequisites.isEmpty();
        }
    }

    /** A course's page: its lessons with what is done. */
    public record CourseOutline(Course course, CourseProgress progress, List<Course> missingPrerequisites,
            Set<Long> doneLessons, Set<Long> updatedSinceRead, Instant completedAt, CourseQuizzes.Scopes quizzes,
            CourseQuizzes.Scopes passedQuizzes) {
        public boolean isLocked() {
            return !missingPrerequisites.isEmpty();
        }

        /** Whether the course has a final quiz. */
        public boolean hasFinalQuiz() {
            return quizzes.finalQuiz();
        }

        public boolean hasQuiz(String lessonCode) {
            return quizzes.lessons().contains(lessonCode);
        }

        /** Whether she passed the quiz of the lesson. */
        public boolean passedQuiz(String lessonCode) {
            return passedQuizzes.lessons().contains(lessonCode);
        }

        public boolean passedFinalQuiz() {
            return passedQuizzes.finalQuiz();
        }
    }

    /** A lesson to read, with its neighbours for previous/next. */
    public record LessonReading(Lesson lesson, Optional<Lesson> previous, Optional<Lesson> next, boolean done, boolean hasQuiz) {}

    public List<CourseCard> myCourses(long traineeId) {
        List<Enrollment> enrollments = enrollmentsToRead(traineeId);
        Set<Long> completedCourses = completedCourseIds(enrollments);
        Set<Long> done = doneLessonIds(traineeId);
        return enrollments.stream()
                .map(e -> new CourseCard(e.getCourse(), progress(e, done), missing(e.getCourse(), completedCourses), e.getCompletedAt()))
                .toList();
    }

    public CourseOutline outline(long traineeId, String courseCode) {
        List<Enrollment> enrollments = enrollmentsToRead(traineeId);
        Enrollment enrollment = enrollmentIn(enrollments, courseCode);
        Set<Long> done = doneLessonIds(traineeId);
        Set<Long> updated = em.createNamedQuery(LessonCompletion.OF_TRAINEE_IN_COURSE, LessonCompletion.class)
                .setParameter("trainee", traineeId).setParameter("course", enrollment.getCourse().getId())
                .getResultStream().filter(LessonCompletion::isLessonUpdatedSince).map(c -> c.getLesson().getId())
                .collect(Collectors.toSet());
        long courseId = enrollment.getCourse().getId();
        return new CourseOutline(enrollment.getCourse(), progress(enrollment, done),
                missing(enrollment.getCourse(), completedCourseIds(enrollments)), done, updated,
                enrollment.getCompletedAt(), quizzes.current(courseId), quizzes.passedBy(traineeId, courseId));
    }

    /**
     * Opens a lesson and remembers it as the place to continue. The page trainees read most: two
     * queries (enrolments, this completion), the course's structure coming from the shared cache.
     */
    public LessonReading open(long traineeId, String courseCode, String lessonCode) {
        Enrollment enrollment = unlocked(enrollmentsToRead(traineeId), courseCode);
        List<Lesson> lessons = enrollment.getCourse().currentLessons();
        int index = indexOf(lessons, lessonCode);
        Lesson lesson = lessons.get(index);
        if (!lesson.equals(enrollment.getLastLesson())) {
            // A plain update, not a versioned one: the same trainee in two tabs (or two terminals)
            // must never get an error for where she stopped reading; the last one wins.
            em.createNamedQuery(Enrollment.SET_LAST_LESSON).setParameter("lesson", lesson).setParameter("id", enrollment.getId())
                    .executeUpdate();
            progressChanged.fire(new ProgressChanged(traineeId));
        }
        boolean done = isDone(traineeId, lesson.getId());
        return new LessonReading(lesson,
                index > 0 ? Optional.of(lessons.get(index - 1)) : Optional.empty(),
                index + 1 < lessons.size() ? Optional.of(lessons.get(index + 1)) : Optional.empty(),
                done, lessonHasQuiz(enrollment.getCourse(), lesson.getCode()));
    }

    /**
     * Marks a lesson done (again is harmless) and, when it was the last one, records the course as
     * completed at this moment.
     *
     * @return the course's progress afterwards
     */
    public CourseProgress markDone(long traineeId, String courseCode, String lessonCode) {
        Enrollment enrollment = unlocked(enrollmentsOf(traineeId), courseCode);
        List<Lesson> lessons = enrollment.getCourse().currentLessons();
        Lesson lesson = lessons.get(indexOf(lessons, lessonCode));
        if (lessonHasQuiz(enrollment.getCourse(), lesson.getCode())) {
            throw new LearningRuleViolation("learning.quizRequired");
        }
        return recordDone(traineeId, enrollment, lesson, Instant.now());
    }

    /** Refuses a course the trainee is not enrolled in or has not unlocked yet. */
    public void requireUnlocked(long traineeId, String courseCode) {
        // Not the read-only list: a caller's own transaction may have just enrolled her (the demo data).
        unlocked(enrollmentsOf(traineeId), courseCode);
    }

    /**
     * A quiz was passed: a lesson's quiz marks its lesson done; the course's own quiz may be what
     * completes the course.
     */
    public void quizPassed(long traineeId, String courseCode, Optional<String> lessonCode, Instant at) {
        progressChanged.fire(new ProgressChanged(traineeId));
        Enrollment enrollment = enrollmentIn(enrollmentsOf(traineeId), courseCode);
        if (lessonCode.isPresent()) {
            List<Lesson> lessons = enrollment.getCourse().currentLessons();
            recordDone(traineeId, enrollment, lessons.get(indexOf(lessons, lessonCode.get())), at);
        } else {
            completeIfDone(traineeId, enrollment, doneLessonIds(traineeId), at);
        }
    }

    /**
     * Something a {@link CompletionRequirement} tracks changed (a practical task was signed off): the
     * course may be completed now. Harmless when it is not, or already was.
     */
    public void recheckCompletion(long traineeId, String courseCode, Instant at) {
        progressChanged.fire(new ProgressChanged(traineeId));
        Enrollment enrollment = enrollmentIn(enrollmentsOf(traineeId), courseCode);
        completeIfDone(traineeId, enrollment, doneLessonIds(traineeId), at);
    }

    private CourseProgress recordDone(long traineeId, Enrollment enrollment, Lesson lesson, Instant at) {
        progressChanged.fire(new ProgressChanged(traineeId));
        if (!isDone(traineeId, lesson.getId())) {
            em.persist(new LessonCompletion(em.getReference(Account.class, traineeId), lesson, at));
            em.flush();
        }
        Set<Long> done = doneLessonIds(traineeId);
        completeIfDone(traineeId, enrollment, done, at);
        return progress(enrollment, done);
    }

    /**
     * A course is completed when every lesson is done, its own quiz, when it has one, is passed, and every
     * other feature's requirement is met (its required practical tasks signed off at a passing level).
     */
    private void completeIfDone(long traineeId, Enrollment enrollment, Set<Long> done, Instant at) {
        if (progress(enrollment, done).isComplete() && !courseQuizStillToPass(traineeId, enrollment.getCourse())
                && requirements.stream().allMatch(requirement -> requirement.isMetBy(traineeId, enrollment.getCourse()))) {
            enrollment.completeAt(at);
        }
    }

    private boolean lessonHasQuiz(Course course, String lessonCode) {
        return quizzes.current(course.getId()).lessons().contains(lessonCode);
    }

    private boolean courseQuizStillToPass(long traineeId, Course course) {
        return quizzes.current(course.getId()).finalQuiz() && !quizzes.passedBy(traineeId, course.getId()).finalQuiz();
    }

    public List<Enrollment> enrollmentsOf(long traineeId) {
        return em.createNamedQuery(Enrollment.OF_TRAINEE, Enrollment.class).setParameter("trainee", traineeId).getResultList();
    }

    private static Enrollment enrollmentIn(List<Enrollment> enrollments, String courseCode) {
        return enrollments.stream()
                .filter(e -> e.getCourse().getCode().equals(courseCode))
                .findFirst()
                .orElseThrow(() -> new LearningRuleViolation("learning.notEnrolled"));
    }

    /**
     * The trainee's enrolments for pages that only show them: read-only, so the courses and lessons
     * they lead to are the shared cache's own objects. Copying that graph into every transaction made
     * concurrent lesson pages queue on EclipseLink's cache locks (half of their time under load, see
     * docs/benchmarks.md). What is returned must not be changed.
     */
    private List<Enrollment> enrollmentsToRead(long traineeId) {
        return em.createNamedQuery(Enrollment.OF_TRAINEE, Enrollment.class).setParameter("trainee", traineeId)
                .setHint(READ_ONLY, true).getResultList();
    }

    private Enrollment unlocked(List<Enrollment> enrollments, String courseCode) {
        Enrollment enrollment = enrollmentIn(enrollments, courseCode);
        List<Course> missing = missing(enrollment.getCourse(), completedCourseIds(enrollments));
        if (!missing.isEmpty()) {
            throw new LearningRuleViolation("learning.locked");
        }
        return enrollment;
    }

    private static int indexOf(List<Lesson> lessons, String lessonCode) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).getCode().equals(lessonCode)) {
                return i;
            }
        }
        throw new LearningRuleViolation("learning.lessonNotFound");
    }

    private boolean isDone(long traineeId, long lessonId) {
        return em.createNamedQuery(LessonCompletion.COUNT_OF_TRAINEE_FOR_LESSON, Long.class)
                .setParameter("trainee", traineeId).setParameter("lesson", lessonId).getSingleResult() > 0;
    }

    private Set<Long> doneLessonIds(long traineeId) {
        return em.createNamedQuery(LessonCompletion.OF_TRAINEE, LessonCompletion.class).setParameter("trainee", traineeId)
                .getResultStream().map(c -> c.getLesson().getId()).collect(Collectors.toSet());
    }

    private static Set<Long> completedCourseIds(List<Enrollment> enrollments) {
        return enrollments.stream().filter(Enrollment::isCompleted).map(e -> e.getCourse().getId()).collect(Collectors.toSet());
    }

    private static List<Course> missing(Course course, Set<Long> completedCourses) {
        return course.getPrerequisites().stream().filter(p -> !completedCourses.contains(p.getId()))
                .sorted(java.util.Comparator.comparing(Course::getPosition)).toList();
    }

    static CourseProgress progress(Enrollment enrollment, Set<Long> done) {
        List<CourseProgress.LessonStep> steps = enrollment.getCourse().currentLessons().stream()
                .map(l -> new CourseProgress.LessonStep(l.getId(), l.getMinutes())).toList();
        return CourseProgress.of(steps, done,
                Optional.ofNullable(enrollment.getLastLesson()).map(Lesson::getId));
    }
}
