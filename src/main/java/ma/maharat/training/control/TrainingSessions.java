package ma.maharat.training.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.training.entity.Attendance;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.Room;
import ma.maharat.training.entity.SessionDetails;
import ma.maharat.training.entity.TrainingSession;

/**
 * Sessions planned at the center: planned, moved and cancelled by administrators, read by trainers.
 * Every change locks the trainer's then the room's row first ({@link PlanningLocks}), then checks
 * {@link SessionConflicts} against what is committed, so two administrators booking the same trainer
 * at the same time cannot both succeed; a refused change writes nothing.
 */
@Stateless
public class TrainingSessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The rooms of the center, by name. */
    public List<Room> rooms() {
        return em.createNamedQuery(Room.ALL, Room.class).getResultList();
    }

    /** Sessions from the first day to the day before {@code until}, optionally of one cohort, trainer or room. */
    public List<TrainingSession> between(LocalDate from, LocalDate until, Long cohortId, Long trainerId, Long roomId) {
        return em.createNamedQuery(TrainingSession.BETWEEN, TrainingSession.class).setParameter("from", from)
                .setParameter("until", until).getResultList().stream()
                .filter(s -> cohortId == null || s.getCohort().getId().equals(cohortId))
                .filter(s -> trainerId == null || s.getTrainer().getId().equals(trainerId))
                .filter(s -> roomId == null || s.getRoom().getId().equals(roomId))
                .toList();
    }

    /** The trainer's sessions from the first day to the day before {@code until}. */
    public List<TrainingSession> ofTrainer(long trainerId, LocalDate from, LocalDate until) {
        return em.createNamedQuery(TrainingSession.OF_TRAINER_BETWEEN, TrainingSession.class).setParameter("trainer", trainerId)
                .setParameter("from", from).setParameter("until", until).getResultList();
    }

    public TrainingSession find(long id) {
        TrainingSession session = Optional.ofNullable(em.find(TrainingSession.class, id))
                .orElseThrow(() -> new SessionRuleViolation("session.notFound"));
        session.getCohort().getName();
        session.getCourse().getTitle();
        session.getTrainer().getFullName();
        session.getRoom().getName();
        return session;
    }

    public TrainingSession plan(SessionDetails details) {
        if (details.trainerId() != null) {
            PlanningLocks.trainer(em, details.trainerId());
        }
        if (details.roomId() != null) {
            PlanningLocks.room(em, details.roomId());
        }
        List<SessionProblem> problems = new ArrayList<>();
        Cohort cohort = details.cohortId() == null ? null : em.find(Cohort.class, details.cohortId());
        Course course = details.courseId() == null ? null : em.find(Course.class, details.courseId());
        Account trainer = details.trainerId() == null ? null : em.find(Account.class, details.trainerId());
        Room room = details.roomId() == null ? null : em.find(Room.class, details.roomId());
        required(problems, "cohort", details.cohortId(), cohort, "session.unknownCohort");
        required(problems, "course", details.courseId(), course, "assignment.unknownCourse");
        required(problems, "trainer", details.trainerId(), trainer, "assignment.notATrainer");
        required(problems, "room", details.roomId(), room, "session.unknownRoom");
        required(problems, "date", details.date(), details.date(), null);
        required(problems, "start", details.start(), details.start(), null);
        required(problems, "end", details.end(), details.end(), null);
        if (cohort != null && course != null && !cohort.getProgramme().contains(course)) {
            problems.add(new SessionProblem("course", "assignment.courseNotInProgramme"));
        }
        if (trainer != null && trainer.getRole() != Role.TRAINER) {
            problems.add(new SessionProblem("trainer", "assignment.notATrainer"));
        }
        if (!problems.isEmpty()) {
            throw new SessionRuleViolation("session.notSaved", problems, List.of());
        }
        SessionConflicts.Slot candidate = new SessionConflicts.Slot(null, cohort.getId(), course.getId(), trainer.getId(),
                room.getId(), details.date(), details.start(), details.end(),
                new SessionConflicts.Labels(trainer.getFullName(), trainer.getFullNameAr(), course.getTitle(), room.getName(), cohort.getName()));
        requireNoConflict(candidate);
        TrainingSession session = new TrainingSession(cohort, course, trainer, room, details.date(), details.start(), details.end());
        em.persist(session);
        em.flush();
        audit.record("session.planned", "session", session.getId(), AuditMessage.of("audit.message.session.planned", describe(session)));
        return session;
    }

    /**
     * Moves a session to another day, time or room (drag and drop on the calendar, or the form); the
     * trainer, course and cohort stay. Refused with every conflict when the new place breaks a rule.
     */
    public TrainingSession move(long sessionId, Long roomId, LocalDate date, LocalTime start, LocalTime end) {
        long[] current = PlanningLocks.session(em, sessionId);
        if (current == null) {
            throw new SessionRuleViolation("session.notFound");
        }
        long newRoom = roomId == null ? current[1] : roomId;
        PlanningLocks.trainer(em, current[0]);
        // Two rooms (old and new) in id order; the old one only matters to keep the order stable.
        PlanningLocks.room(em, Math.min(current[1], newRoom));
        if (!PlanningLocks.room(em, Math.max(current[1], newRoom))) {
            throw new SessionRuleViolation("session.notSaved", List.of(new SessionProblem("room", "session.unknownRoom")), List.of());
        }
        TrainingSession session = find(sessionId);
        if (date == null || start == null || end == null) {
            throw new SessionRuleViolation("session.notSaved", List.of(new SessionProblem("date", "planning.required")), List.of());
        }
        Room room = em.find(Room.class, newRoom);
        AuditMessage before = describe(session);
        requireNoConflict(slot(session).movedTo(room.getId(), date, start, end, room.getName()));
        session.place(room, date, start, end);
        em.flush();
        audit.record("session.moved", "session", sessionId, AuditMessage.of("audit.message.session.moved", before, date, start, end, room.getName()));
        return session;
    }

    /** Cancels a session not yet taken: one with attendance recorded stays, as a record of who came. */
    public void cancel(long sessionId) {
        long[] current = PlanningLocks.session(em, sessionId);
        if (current == null) {
            throw new SessionRuleViolation("session.notFound");
        }
        PlanningLocks.trainer(em, current[0]);
        TrainingSession session = find(sessionId);
        long recorded = em.createNamedQuery(Attendance.COUNT_OF_SESSION, Long.class).setParameter("session", sessionId).getSingleResult();
        if (recorded > 0) {
            throw new SessionRuleViolation("session.hasAttendance");
        }
        AuditMessage description = describe(session);
        em.remove(session);
        audit.record("session.cancelled", "session", sessionId, AuditMessage.of("audit.message.session.cancelled", description));
    }

    private void requireNoConflict(SessionConflicts.Slot candidate) {
        List<SessionConflicts.Slot> sameDay = em.createNamedQuery(TrainingSession.SAME_DAY_TRAINER_OR_ROOM, TrainingSession.class)
                .setParameter("day", candidate.date()).setParameter("trainer", candidate.trainerId())
                .setParameter("room", candidate.roomId()).getResultList().stream().map(TrainingSessions::slot).toList();
        List<SessionConflicts.Conflict> conflicts = SessionConflicts.of(candidate, sameDay,
                TrainerAssignments.periods(em, candidate.trainerId(), candidate.cohortId(), candidate.courseId()));
        if (!conflicts.isEmpty()) {
            throw new SessionRuleViolation("session.conflicts", List.of(), conflicts);
        }
    }

    /** A planned session as the conflict rules see it. */
    public static SessionConflicts.Slot slot(TrainingSession s) {
        return new SessionConflicts.Slot(s.getId(), s.getCohort().getId(), s.getCourse().getId(), s.getTrainer().getId(),
                s.getRoom().getId(), s.getDate(), s.getStartTime(), s.getEndTime(),
                new SessionConflicts.Labels(s.getTrainer().getFullName(), s.getTrainer().getFullNameAr(), s.getCourse().getTitle(),
                        s.getRoom().getName(), s.getCohort().getName()));
    }

    private static void required(List<SessionProblem> problems, String field, Object given, Object found, String unknownKey) {
        if (given == null) {
            problems.add(new SessionProblem(field, "planning.required"));
        } else if (found == null) {
            problems.add(new SessionProblem(field, unknownKey));
        }
    }

    private static AuditMessage describe(TrainingSession s) {
        return AuditMessage.of("audit.message.session", s.getCourse().getCode(), s.getCohort().getName(), s.getTrainer().getUsername(),
                s.getDate(), s.getStartTime(), s.getEndTime(), s.getRoom().getName());
    }
}
