package ma.maharat.training.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.course.entity.LocalizedText;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.SignOff;
import ma.maharat.quiz.control.ResultsAudience;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.TrainingSession;

/**
 * One trainee as her trainers follow her ({@code /trainer/trainee.xhtml?id=…}): her cohorts, each course
 * she is enrolled in with its lessons done, her quiz attempts with their scores, her practical tasks
 * and how they were signed off, and her attendance at her cohorts' sessions so far.
 *
 * <p>Who may see her is the rule of the quiz results ({@link ResultsAudience}, answered by
 * {@link AssignedCohortsAudience}): a trainer the trainees of the cohorts they are assigned to, an
 * administrator everyone. Anyone else is answered as if she did not exist.
 */
@Stateless
public class TraineeFollowUp {

    private static final ZoneId CENTER_ZONE = ZoneId.of("Africa/Casablanca");

    @PersistenceContext
    EntityManager em;

    @Inject
    ResultsAudience audience;

    /** A lesson of a course, done or not. */
    public record LessonLine(LocalizedText title, boolean done) {}

    /** A course she is enrolled in: its current lessons in order, and when she completed it (null before). */
    public record CourseLine(long courseId, String code, LocalizedText title, List<LessonLine> lessons, Instant enrolledAt,
            Instant completedAt) {

        public long lessonsDone() {
            return lessons.stream().filter(LessonLine::done).count();
        }
    }

    /**
     * One quiz attempt; {@code lesson} names the lesson of a lesson quiz (null for a course's final quiz),
     * {@code percent} is null while in progress.
     */
    public record AttemptLine(LocalizedText course, LocalizedText lesson, int number, Instant startedAt, Instant finishedAt,
            BigDecimal percent, boolean passed, int passMark) {

        public boolean isFinished() {
            return finishedAt != null;
        }
    }

    /** A current practical task of one of her courses; {@code signedAt} null before a trainer signed it off. */
    public record PracticalLine(LocalizedText course, LocalizedText task, boolean required, Instant signedAt, boolean passed) {}

    /** A session of one of her cohorts, up to today; {@code status} null when no attendance was recorded. */
    public record SessionLine(long sessionId, LocalizedText course, String cohortName, LocalDate day, LocalTime start, LocalTime end,
            AttendanceStatus status) {}

    /** Everything the page shows. */
    public record Report(long traineeId, String fullName, String fullNameAr, String cooperativeFr, String cooperativeAr,
            List<Cohort> cohorts, List<CourseLine> courses, List<AttemptLine> attempts, List<PracticalLine> practical,
            List<SessionLine> sessions) {

        public long count(AttendanceStatus status) {
            return sessions.stream().filter(s -> s.status() == status).count();
        }
    }

    /** Whether this reader may follow this trainee: an administrator anyone, a trainer the trainees of their cohorts. */
    public boolean mayFollow(long readerId, boolean administrator, long traineeId) {
        return administrator || audience.traineesVisibleTo(readerId).contains(traineeId);
    }

    /**
     * The trainee's follow-up, if the reader may see her.
     *
     * @return empty for an unknown account, one that is not a trainee, or a trainee the reader may not follow
     */
    public Optional<Report> of(long traineeId, long readerId, boolean administrator) {
        Account trainee = em.find(Account.class, traineeId);
        if (trainee == null || trainee.getRole() != Role.TRAINEE || !mayFollow(readerId, administrator, traineeId)) {
            return Optional.empty();
        }
        List<Cohort> cohorts = trainee.getCooperative() == null ? List.of()
                : em.createQuery("SELECT c FROM Cohort c JOIN c.cooperatives co WHERE co.id = :cooperative"
                        + " ORDER BY c.startDate DESC, c.name", Cohort.class)
                        .setParameter("cooperative", trainee.getCooperative().getId()).getResultList();
        return Optional.of(new Report(traineeId, trainee.getFullName(), trainee.getFullNameAr(),
                trainee.getCooperative() == null ? null : trainee.getCooperative().getNameFr(),
                trainee.getCooperative() == null ? null : trainee.getCooperative().getNameAr(),
                cohorts, courses(traineeId), attempts(traineeId), practical(traineeId), sessions(traineeId, cohorts)));
    }

    private List<CourseLine> courses(long traineeId) {
        Set<Long> done = Set.copyOf(em.createQuery("SELECT c.lesson.id FROM LessonCompletion c WHERE c.trainee.id = :trainee", Long.class)
                .setParameter("trainee", traineeId).getResultList());
        return enrollments(traineeId).stream().map(e -> {
            Course course = e.getCourse();
            List<LessonLine> lessons = course.currentLessons().stream()
                    .map((Lesson l) -> new LessonLine(l.getTitle(), done.contains(l.getId()))).toList();
            return new CourseLine(course.getId(), course.getCode(), course.getTitle(), lessons, e.getEnrolledAt(), e.getCompletedAt());
        }).toList();
    }

    private List<Enrollment> enrollments(long traineeId) {
        return em.createNamedQuery(Enrollment.OF_TRAINEE, Enrollment.class).setParameter("trainee", traineeId).getResultList();
    }

    private List<AttemptLine> attempts(long traineeId) {
        return em.createQuery("SELECT a FROM QuizAttempt a JOIN FETCH a.quiz q JOIN FETCH q.course WHERE a.trainee.id = :trainee"
                + " ORDER BY a.startedAt DESC, a.id DESC", QuizAttempt.class).setParameter("trainee", traineeId).getResultList().stream()
                .map(a -> {
                    Quiz quiz = a.getQuiz();
                    return new AttemptLine(quiz.getCourse().getTitle(), quiz.getLesson() == null ? null : quiz.getLesson().getTitle(),
                            a.getNumber(), a.getStartedAt(), a.getFinishedAt(), a.getPercent(), a.isPassed(), quiz.getPassMark());
                }).toList();
    }

    private List<PracticalLine> practical(long traineeId) {
        List<PracticalLine> lines = new java.util.ArrayList<>();
        for (Enrollment enrollment : enrollments(traineeId)) {
            Course course = enrollment.getCourse();
            Map<Long, SignOff> signed = new HashMap<>();
            em.createNamedQuery(SignOff.OF_TRAINEE_IN_COURSE, SignOff.class).setParameter("trainee", traineeId)
                    .setParameter("course", course.getId()).getResultList().forEach(s -> signed.put(s.getTask().getId(), s));
            for (PracticalTask task : em.createNamedQuery(PracticalTask.CURRENT_OF_COURSE, PracticalTask.class)
                    .setParameter("course", course.getId()).getResultList()) {
                SignOff signOff = signed.get(task.getId());
                lines.add(new PracticalLine(course.getTitle(), task.getTitle(), task.isRequired(),
                        signOff == null ? null : signOff.getSignedAt(), signOff != null && signOff.isPassed()));
            }
        }
        return List.copyOf(lines);
    }

    private List<SessionLine> sessions(long traineeId, List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Map<Long, AttendanceStatus> recorded = new HashMap<>();
        em.createQuery("SELECT a.key.sessionId, a.status FROM Attendance a WHERE a.key.traineeId = :trainee", Object[].class)
                .setParameter("trainee", traineeId).getResultList()
                .forEach(r -> recorded.put(((Number) r[0]).longValue(), (AttendanceStatus) r[1]));
        return em.createQuery("SELECT s FROM TrainingSession s JOIN FETCH s.course JOIN FETCH s.cohort WHERE s.cohort.id IN :cohorts"
                + " AND s.date <= :today ORDER BY s.date DESC, s.startTime DESC", TrainingSession.class)
                .setParameter("cohorts", cohorts.stream().map(Cohort::getId).toList())
                .setParameter("today", LocalDate.now(CENTER_ZONE)).getResultList().stream()
                .map(s -> new SessionLine(s.getId(), s.getCourse().getTitle(), s.getCohort().getName(), s.getDate(), s.getStartTime(),
                        s.getEndTime(), recorded.get(s.getId())))
                .toList();
    }
}
