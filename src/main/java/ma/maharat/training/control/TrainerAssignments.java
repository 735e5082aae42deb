package ma.maharat.training.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.training.entity.AssignmentDetails;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.TrainerAssignment;
import ma.maharat.training.entity.TrainingSession;

/**
 * Which trainer teaches which course of which cohort, and when; and the questions other features ask
 * about it: may this trainer see a cohort's progress, sign off a trainee's work in a course
 * ({@link #mayAssess}), teach a course ({@link #isAssignedToCourse})? Administrators create, edit and
 * remove assignments here; each change is audited in its transaction.
 */
@Stateless
public class TrainerAssignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Whether the trainer is assigned to the course in some cohort, for any period. */
    public boolean isAssignedToCourse(long trainerId, long courseId) {
        return em.createNamedQuery(TrainerAssignment.COUNT_TRAINER_COURSE, Long.class).setParameter("trainer", trainerId)
                .setParameter("course", courseId).getSingleResult() > 0;
    }

    /** Whether the trainer is assigned to the course in some cohort on that day (e.g. today at the center). */
    public boolean isAssignedToCourseOn(long trainerId, long courseId, LocalDate day) {
        return em.createNamedQuery(TrainerAssignment.COUNT_TRAINER_COURSE_ON, Long.class).setParameter("trainer", trainerId)
                .setParameter("course", courseId).setParameter("day", day).getSingleResult() > 0;
    }

    /**
     * Whether the trainer may assess the trainee in the course: the trainer is assigned to that course
     * in a cohort whose cooperatives include the trainee's (any period: work is often signed off after
     * the sessions ended).
     */
    public boolean mayAssess(long trainerId, long traineeId, long courseId) {
        return em.createNamedQuery(TrainerAssignment.COUNT_TRAINER_TRAINEE_COURSE, Long.class).setParameter("trainer", trainerId)
                .setParameter("trainee", traineeId).setParameter("course", courseId).setParameter("role", Role.TRAINEE)
                .getSingleResult() > 0;
    }

    /** Whether the trainer is assigned to some course of the cohort: then its progress grid and exports are theirs to see. */
    public boolean isAssignedToCohort(long trainerId, long cohortId) {
        return em.createNamedQuery(TrainerAssignment.COUNT_TRAINER_COHORT, Long.class).setParameter("trainer", trainerId)
                .setParameter("cohort", cohortId).getSingleResult() > 0;
    }

    /** The ids of the cohorts the trainer is assigned to. */
    public Set<Long> cohortIdsOf(long trainerId) {
        return new TreeSet<>(em.createNamedQuery(TrainerAssignment.COHORT_IDS_OF_TRAINER, Long.class)
                .setParameter("trainer", trainerId).getResultList());
    }

    /**
     * The ids of the trainees of the cohorts the trainer is assigned to, for any course and period, active
     * or not: whose quiz results the trainer may see ({@link AssignedCohortsAudience}).
     */
    public Set<Long> traineeIdsOf(long trainerId) {
        return new TreeSet<>(em.createNamedQuery(TrainerAssignment.TRAINEE_IDS_OF_TRAINER, Long.class)
                .setParameter("trainer", trainerId).setParameter("role", Role.TRAINEE).getResultList());
    }

    /**
     * The cohort of each trainee of the trainer's cohorts, by name, for the trainer's exports (a trainee whose
     * cooperative is in two of them: both names, earliest cohort first).
     */
    public Map<Long, String> cohortNamesOfTrainees(long trainerId) {
        Set<Long> cohorts = cohortIdsOf(trainerId);
        Map<Long, String> names = new LinkedHashMap<>();
        if (cohorts.isEmpty()) {
            return names;
        }
        em.createQuery("SELECT a.id, c.name FROM Cohort c JOIN c.cooperatives co, Account a WHERE c.id IN :cohorts"
                        + " AND a.cooperative = co AND a.role = :role ORDER BY c.startDate, c.name", Object[].class)
                .setParameter("cohorts", cohorts).setParameter("role", Role.TRAINEE).getResultStream()
                .forEach(row -> names.merge((Long) row[0], (String) row[1], (first, then) -> first + " / " + then));
        return names;
    }

    /** The trainer's assignments, earliest first, cohort and course loaded. */
    public List<TrainerAssignment> ofTrainer(long trainerId) {
        return em.createNamedQuery(TrainerAssignment.OF_TRAINER, TrainerAssignment.class).setParameter("trainer", trainerId)
                .getResultList();
    }

    /** Every assignment, latest cohorts first, cohort, course and trainer loaded. */
    public List<TrainerAssignment> all() {
        return em.createNamedQuery(TrainerAssignment.ALL, TrainerAssignment.class).getResultList();
    }

    /** The active trainers, by name. */
    public List<Account> trainers() {
        return em.createQuery("SELECT a FROM Account a WHERE a.role = :role AND a.active = TRUE ORDER BY a.fullName", Account.class)
                .setParameter("role", Role.TRAINER).getResultList();
    }

    public TrainerAssignment find(long id) {
        return Optional.ofNullable(em.find(TrainerAssignment.class, id))
                .orElseThrow(() -> new SessionRuleViolation("assignment.notFound"));
    }

    public TrainerAssignment create(AssignmentDetails details) {
        if (details.trainerId() != null) {
            PlanningLocks.trainer(em, details.trainerId());
        }
        Checked checked = check(details);
        TrainerAssignment assignment = new TrainerAssignment(checked.cohort(), checked.course(), checked.trainer(),
                details.fromDate(), details.toDate());
        em.persist(assignment);
        em.flush();
        audit.record("assignment.created", "assignment", assignment.getId(), AuditMessage.of("audit.message.assignment.created", describe(assignment)));
        return assignment;
    }

    /**
     * Changes an assignment; refused when a session planned under it would no longer fall inside an
     * assignment of its trainer to its course and cohort.
     */
    public TrainerAssignment update(long id, AssignmentDetails details) {
        long oldTrainer = lockedTrainerOf(id);
        // Both trainers' plannings change: lock them in id order, as every planning change does.
        long newTrainer = details.trainerId() == null ? oldTrainer : details.trainerId();
        PlanningLocks.trainer(em, Math.min(oldTrainer, newTrainer));
        PlanningLocks.trainer(em, Math.max(oldTrainer, newTrainer));
        TrainerAssignment current = find(id);
        AuditMessage before = describe(current);
        Checked checked = check(details);
        long cohortId = current.getCohort().getId();
        long courseId = current.getCourse().getId();
        current.update(checked.cohort(), checked.course(), checked.trainer(), details.fromDate(), details.toDate());
        em.flush();
        requireSessionsCovered(oldTrainer, cohortId, courseId);
        audit.record("assignment.updated", "assignment", id, AuditMessage.of("audit.message.assignment.updated", before, describe(current)));
        return current;
    }

    /** Removes an assignment, unless sessions planned under it would be left outside every assignment. */
    public void remove(long id) {
        PlanningLocks.trainer(em, lockedTrainerOf(id));
        TrainerAssignment current = find(id);
        AuditMessage description = describe(current);
        long trainerId = current.getTrainer().getId();
        long cohortId = current.getCohort().getId();
        long courseId = current.getCourse().getId();
        em.remove(current);
        em.flush();
        requireSessionsCovered(trainerId, cohortId, courseId);
        audit.record("assignment.removed", "assignment", id, AuditMessage.of("audit.message.assignment.removed", description));
    }

    /** Locks the assignment's row first (see {@link PlanningLocks}) and tells its trainer. */
    private long lockedTrainerOf(long assignmentId) {
        List<?> rows = em.createNativeQuery("SELECT trainer_id FROM trainer_assignment WHERE id = ? FOR UPDATE")
                .setParameter(1, assignmentId).getResultList();
        if (rows.isEmpty()) {
            throw new SessionRuleViolation("assignment.notFound");
        }
        return ((Number) rows.get(0)).longValue();
    }

    /** The days the trainer is assigned to the course in the cohort. */
    static List<SessionConflicts.Period> periods(EntityManager em, long trainerId, long cohortId, long courseId) {
        return em.createNamedQuery(TrainerAssignment.OF_TRAINER_COHORT_COURSE, TrainerAssignment.class)
                .setParameter("trainer", trainerId).setParameter("cohort", cohortId).setParameter("course", courseId)
                .getResultList().stream().map(a -> new SessionConflicts.Period(a.getFromDate(), a.getToDate())).toList();
    }

    private void requireSessionsCovered(long trainerId, long cohortId, long courseId) {
        List<SessionConflicts.Period> periods = periods(em, trainerId, cohortId, courseId);
        boolean uncovered = em.createNamedQuery(TrainingSession.OF_TRAINER_COHORT_COURSE, TrainingSession.class)
                .setParameter("trainer", trainerId).setParameter("cohort", cohortId).setParameter("course", courseId)
                .getResultList().stream()
                .anyMatch(s -> periods.stream().noneMatch(p -> !s.getDate().isBefore(p.from()) && !s.getDate().isAfter(p.to())));
        if (uncovered) {
            throw new SessionRuleViolation("assignment.sessionsOutside", List.of(new SessionProblem("from-date", "assignment.sessionsOutside")),
                    List.of());
        }
    }

    private record Checked(Cohort cohort, Course course, Account trainer) {}

    private Checked check(AssignmentDetails details) {
        List<SessionProblem> problems = new ArrayList<>();
        Cohort cohort = details.cohortId() == null ? null : em.find(Cohort.class, details.cohortId());
        Course course = details.courseId() == null ? null : em.find(Course.class, details.courseId());
        Account trainer = details.trainerId() == null ? null : em.find(Account.class, details.trainerId());
        if (cohort == null) {
            problems.add(new SessionProblem("cohort", details.cohortId() == null ? "planning.required" : "assignment.unknownCohort"));
        }
        if (course == null) {
            problems.add(new SessionProblem("course", details.courseId() == null ? "planning.required" : "assignment.unknownCourse"));
        } else if (cohort != null && !cohort.getProgramme().contains(course)) {
            problems.add(new SessionProblem("course", "assignment.courseNotInProgramme"));
        }
        if (trainer == null) {
            problems.add(new SessionProblem("trainer", details.trainerId() == null ? "planning.required" : "assignment.notATrainer"));
        } else if (trainer.getRole() != Role.TRAINER || !trainer.isActive()) {
            problems.add(new SessionProblem("trainer", "assignment.notATrainer"));
        }
        if (details.fromDate() == null) {
            problems.add(new SessionProblem("from-date", "planning.required"));
        }
        if (details.toDate() == null) {
            problems.add(new SessionProblem("to-date", "planning.required"));
        }
        if (details.fromDate() != null && details.toDate() != null) {
            if (details.toDate().isBefore(details.fromDate())) {
                problems.add(new SessionProblem("to-date", "assignment.endsBeforeStart"));
            } else if (cohort != null && (details.fromDate().isBefore(cohort.getStartDate()) || details.toDate().isAfter(cohort.getEndDate()))) {
                problems.add(new SessionProblem("from-date", "assignment.outsideCohort"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SessionRuleViolation("assignment.notSaved", problems, List.of());
        }
        return new Checked(cohort, course, trainer);
    }

    private static AuditMessage describe(TrainerAssignment a) {
        return AuditMessage.of("audit.message.assignment", a.getTrainer().getUsername(), a.getCourse().getCode(), a.getCohort().getName(),
                a.getFromDate(), a.getToDate());
    }
}
