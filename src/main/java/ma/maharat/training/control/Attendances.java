package ma.maharat.training.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.GrammaticalGender;
import ma.maharat.identity.entity.Role;
import ma.maharat.training.entity.Attendance;
import ma.maharat.training.entity.AttendanceStatus;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.TrainingSession;

/**
 * Who attended a session: the sheet of the session's cohort's active trainees with what was recorded,
 * and recording it in one action. Only the session's trainer, or an administrator, may read or record
 * a session's attendance.
 */
@Stateless
public class Attendances {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingSessions sessions;

    @Inject
    AuditTrail audit;

    /** A trainee of the session's cohort and what was recorded for her (null before anything was). */
    public record Line(long traineeId, String fullName, String fullNameAr, String cooperativeFr, String cooperativeAr,
            AttendanceStatus status, GrammaticalGender gender) {}

    /** The session and its cohort's trainees, by cooperative then name. */
    public record Sheet(TrainingSession session, List<Line> lines) {}

    /** @throws SessionRuleViolation {@code attendance.notYours} when the reader is neither the session's trainer nor an administrator */
    public Sheet sheet(long sessionId, long readerId, boolean administrator) {
        TrainingSession session = permitted(sessionId, readerId, administrator);
        Map<Long, AttendanceStatus> recorded = em.createNamedQuery(Attendance.OF_SESSION, Attendance.class)
                .setParameter("session", sessionId).getResultList().stream()
                .collect(Collectors.toMap(Attendance::getTraineeId, Attendance::getStatus));
        List<Line> lines = trainees(session).stream()
                .map(t -> new Line(t.getId(), t.getFullName(), t.getFullNameAr(), t.getCooperative().getNameFr(),
                        t.getCooperative().getNameAr(), recorded.get(t.getId()), t.getGrammaticalGender()))
                .toList();
        return new Sheet(session, lines);
    }

    /**
     * Records the attendance of the session's trainees in one transaction; trainees missing from
     * {@code statuses} keep what they had. A trainee who is not in the session's cohort refuses the lot.
     */
    public void record(long sessionId, Map<Long, AttendanceStatus> statuses, long recorderId, boolean administrator) {
        TrainingSession session = permitted(sessionId, recorderId, administrator);
        Map<Long, Account> trainees = trainees(session).stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        if (!trainees.keySet().containsAll(statuses.keySet())) {
            throw new SessionRuleViolation("attendance.notInCohort");
        }
        Instant now = Instant.now();
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        statuses.forEach((traineeId, status) -> {
            if (status == null) {
                return;
            }
            Attendance existing = em.find(Attendance.class, new Attendance.Key(sessionId, traineeId));
            if (existing == null) {
                em.persist(new Attendance(sessionId, traineeId, status, recorderId, now));
            } else {
                existing.record(status, recorderId, now);
            }
            counts.merge(status, 1, Integer::sum);
        });
        audit.record("attendance.recorded", "session", sessionId, AuditMessage.of("audit.message.attendance.recorded", session.getCourse().getCode(),
                session.getDate(), session.getStartTime(), session.getCohort().getName(), counts.getOrDefault(AttendanceStatus.PRESENT, 0),
                counts.getOrDefault(AttendanceStatus.ABSENT, 0), counts.getOrDefault(AttendanceStatus.EXCUSED, 0)));
    }

    private TrainingSession permitted(long sessionId, long actorId, boolean administrator) {
        TrainingSession session = Optional.ofNullable(em.find(TrainingSession.class, sessionId))
                .orElseThrow(() -> new SessionRuleViolation("session.notFound"));
        if (!administrator && session.getTrainer().getId() != actorId) {
            throw new SessionRuleViolation("attendance.notYours");
        }
        return sessions.find(sessionId);
    }

    private List<Account> trainees(TrainingSession session) {
        return em.createNamedQuery(Cohort.TRAINEES, Account.class).setParameter("cohort", session.getCohort().getId())
                .setParameter("role", Role.TRAINEE).getResultList();
    }
}
