package ma.maharat.day.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.entity.Account;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.TrainingSession;

/**
 * What a trainee's day is made of, read in a few queries whatever the size of her schedule: the quiz
 * attempt she left running, the cycles of her cooperative with their programmes, their sessions, and her
 * own attendance. Every query names her; nothing here reads another trainee's attendance.
 *
 * <p>The queries are written here rather than as named queries on the quiz and training entities: they
 * exist for this page alone, and keeping them here leaves those features' entities as they are.
 */
@Stateless
public class TraineeDay {

    private static final String READ_ONLY = "eclipselink.read-only";

    @PersistenceContext
    EntityManager em;

    /** A quiz she started and has not handed in, whose time (if it has a limit) is not up. */
    public record RunningQuiz(long attemptId, Course course, Optional<Lesson> lesson, Optional<Instant> deadline) {

        public boolean isTimed() {
            return deadline.isPresent();
        }

        /** Whole seconds left at {@code now}, or -1 for an untimed quiz. */
        public long secondsLeft(Instant now) {
            return deadline.map(d -> Math.max(0, d.getEpochSecond() - now.getEpochSecond())).orElse(-1L);
        }
    }

    /** Her latest attempt in progress, if any; one past its deadline is not offered (the server closes it). */
    public Optional<RunningQuiz> runningQuiz(long traineeId, Instant now) {
        List<Object[]> rows = em.createQuery("SELECT a, q, c, l FROM QuizAttempt a JOIN a.quiz q JOIN q.course c LEFT JOIN q.lesson l"
                + " WHERE a.trainee.id = :trainee AND a.state = :state ORDER BY a.startedAt DESC, a.id DESC", Object[].class)
                .setParameter("trainee", traineeId).setParameter("state", QuizAttempt.State.IN_PROGRESS).getResultList();
        return rows.stream().map(row -> (QuizAttempt) row[0]).filter(a -> !a.isPastDeadline(now)).findFirst()
                .map(a -> {
                    Quiz quiz = a.getQuiz();
                    return new RunningQuiz(a.getId(), quiz.getCourse(), Optional.ofNullable(quiz.getLesson()), a.getDeadline());
                });
    }

    /** The cycles her cooperative takes part in, with their programmes: two queries. */
    public List<Cycle> cyclesOf(long traineeId) {
        List<Object[]> cohorts = em.createQuery("SELECT c.id, c.name, c.startDate, c.endDate FROM Cohort c JOIN c.cooperatives co, Account a"
                + " WHERE a.id = :trainee AND a.cooperative = co ORDER BY c.startDate, c.id", Object[].class)
                .setParameter("trainee", traineeId).getResultList();
        if (cohorts.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, Integer>> programmes = new HashMap<>();
        em.createQuery("SELECT c.id, p.id, INDEX(p) FROM Cohort c JOIN c.programme p WHERE c.id IN :cohorts", Object[].class)
                .setParameter("cohorts", cohorts.stream().map(row -> (Long) row[0]).toList()).getResultList()
                .forEach(row -> programmes.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((Long) row[1], ((Number) row[2]).intValue()));
        return cohorts.stream().map(row -> new Cycle((Long) row[0], (String) row[1], (LocalDate) row[2], (LocalDate) row[3],
                programmes.getOrDefault((Long) row[0], Map.of()))).toList();
    }

    /**
     * The sessions of these cycles from the first day to the day before {@code until}, at most {@code max},
     * each with her attendance when it was recorded: two queries.
     */
    public List<PlannedSession> sessions(long traineeId, Collection<Long> cycleIds, LocalDate from, LocalDate until, int max) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        List<TrainingSession> sessions = em.createQuery("SELECT s FROM TrainingSession s JOIN FETCH s.course JOIN FETCH s.trainer"
                + " JOIN FETCH s.room WHERE s.cohort.id IN :cohorts AND s.date >= :from AND s.date < :until"
                + " ORDER BY s.date, s.startTime, s.id", TrainingSession.class)
                .setParameter("cohorts", cycleIds).setParameter("from", from).setParameter("until", until)
                .setHint(READ_ONLY, true).setMaxResults(max).getResultList();
        Map<Long, AttendanceStatus> attendance = new HashMap<>();
        if (!sessions.isEmpty()) {
            em.createQuery("SELECT a.key.sessionId, a.status FROM Attendance a WHERE a.key.traineeId = :trainee"
                    + " AND a.key.sessionId IN :sessions", Object[].class)
                    .setParameter("trainee", traineeId).setParameter("sessions", sessions.stream().map(TrainingSession::getId).toList())
                    .getResultList().forEach(row -> attendance.put(((Number) row[0]).longValue(), (AttendanceStatus) row[1]));
        }
        Map<Long, PlannedSession> planned = new LinkedHashMap<>();
        for (TrainingSession s : sessions) {
            Account trainer = s.getTrainer();
            planned.put(s.getId(), new PlannedSession(s.getId(), s.getDate(), s.getStartTime(), s.getEndTime(), s.getCourse().getCode(),
                    s.getCourse().getTitle(), s.getRoom().getName(), trainer.getFullName(), trainer.getFullNameAr(),
                    attendance.get(s.getId())));
        }
        return List.copyOf(planned.values());
    }
}
