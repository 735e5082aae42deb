package ma.maharat.training.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CourseTreatment;
import ma.maharat.training.entity.PersonalisedCourse;

/**
 * A cooperative's personalised programme within a cohort (ADR 23): for each course of the cohort's
 * programme, FULL, SHORTENED or OPTIONAL. Proposed from the needs assessment ({@link NeedRule}), adjusted
 * by a trainer of the cohort or an administrator; completion, progress and certificates read it from
 * here. A course without a stored treatment is FULL, so nothing changes for cohorts nobody personalised.
 */
@Stateless
public class PersonalisedProgrammes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    TrainerAssignments assignments;

    @Inject
    AuditTrail audit;

    @Inject
    Learning learning;

    @Inject
    SecurityContext security;

    Clock clock = Clock.systemUTC();

    /** One course of the programme as a cooperative takes it; {@code changedAt} is null for a course never personalised. */
    public record Line(Course course, CourseTreatment treatment, PersonalisedCourse.Origin origin, Integer needScore, String changedBy,
            Instant changedAt) {}

    /** A cooperative's programme in a cohort, in the programme's order. */
    public record Programme(Cohort cohort, Cooperative cooperative, List<Line> lines) {

        public boolean isPersonalised() {
            return lines.stream().anyMatch(l -> l.changedAt() != null);
        }

        /** Whether no course is required any more: the programme certificate then cannot be earned. */
        public boolean isNothingRequired() {
            return !lines.isEmpty() && lines.stream().noneMatch(l -> l.treatment().countsForProgramme());
        }
    }

    /**
     * Proposes and stores the cooperative's programme from its needs assessment, replacing any earlier
     * treatment of the cohort's courses (an adjustment too: a new assessment is newer news). For the
     * intake's conversion of a selected applicant: the caller checks who may do it; the audit log names
     * whoever is signed in.
     *
     * @param needScoreByTopic scores 0–4 by topic (course code); topics without a course are ignored, courses without a score are FULL
     * @throws CohortRuleViolation {@code cohort.notFound}
     * @throws ProgrammeRuleViolation {@code personalised.cooperativeNotInCohort}, {@code personalised.scoreOutOfRange},
     *                                {@code personalised.tooManyTopics}
     */
    public Programme proposeFromNeeds(long cohortId, long cooperativeId, Map<String, Integer> needScoreByTopic) {
        Cohort cohort = cohorts.find(cohortId);
        Cooperative cooperative = cooperativeOf(cohort, cooperativeId);
        List<Course> programme = cohort.getProgramme();
        Map<String, CourseTreatment> proposal = NeedRule.propose(programme.stream().map(Course::getCode).toList(), needScoreByTopic);
        Map<Long, PersonalisedCourse> stored = storedOf(cohortId, cooperativeId);
        Long actor = actorId();
        Instant now = Instant.now(clock);
        List<Object> summary = new ArrayList<>();
        for (Course course : programme) {
            CourseTreatment treatment = proposal.get(course.getCode());
            Integer score = needScoreByTopic == null ? null : needScoreByTopic.get(course.getCode());
            PersonalisedCourse line = stored.get(course.getId());
            if (line == null) {
                em.persist(new PersonalisedCourse(cohort, cooperative, course, treatment, PersonalisedCourse.Origin.PROPOSED, score, actor, now));
            } else {
                line.propose(treatment, score, actor, now);
            }
            summary.add(course.getCode() + " " + treatment.name());
        }
        em.flush();
        audit.record("programme.proposed", "cohort", cohortId, AuditMessage.of("audit.message.programme.proposed",
                cooperative.getNameFr(), cohort.getName(), String.join(", ", summary.stream().map(Object::toString).toList())));
        recheck(cooperativeId, programme);
        return of(cohortId, cooperativeId);
    }

    /** Whether the person may see and adjust the personalised programmes of the cohort: an administrator, or a trainer assigned to it. */
    public boolean mayAdjust(long accountId, Role role, long cohortId) {
        return role == Role.ADMIN || role == Role.TRAINER && assignments.isAssignedToCohort(accountId, cohortId);
    }

    /**
     * A trainer of the cohort or an administrator sets one course's treatment for a cooperative.
     *
     * @throws CohortRuleViolation {@code cohort.notFound}
     * @throws ProgrammeRuleViolation {@code personalised.notAllowed}, {@code personalised.cooperativeNotInCohort},
     *                                {@code personalised.courseNotInProgramme}
     */
    public Programme adjust(long cohortId, long cooperativeId, long courseId, CourseTreatment treatment, long actorId, Role actorRole) {
        if (!mayAdjust(actorId, actorRole, cohortId)) {
            throw new ProgrammeRuleViolation("personalised.notAllowed");
        }
        if (treatment == null) {
            throw new ProgrammeRuleViolation("personalised.treatmentRequired");
        }
        Cohort cohort = cohorts.find(cohortId);
        Cooperative cooperative = cooperativeOf(cohort, cooperativeId);
        Course course = cohort.getProgramme().stream().filter(c -> c.getId() == courseId).findFirst()
                .orElseThrow(() -> new ProgrammeRuleViolation("personalised.courseNotInProgramme"));
        PersonalisedCourse line = storedOf(cohortId, cooperativeId).get(courseId);
        CourseTreatment before = line == null ? CourseTreatment.FULL : line.getTreatment();
        if (line != null && before == treatment) {
            return of(cohortId, cooperativeId);
        }
        Instant now = Instant.now(clock);
        if (line == null) {
            line = new PersonalisedCourse(cohort, cooperative, course, treatment, PersonalisedCourse.Origin.ADJUSTED, null, actorId, now);
            em.persist(line);
        } else {
            line.adjust(treatment, actorId, now);
        }
        em.flush();
        audit.record("programme.adjusted", "cohort", cohortId, AuditMessage.of("audit.message.programme.adjusted",
                cooperative.getNameFr(), cohort.getName(), course.getCode(),
                AuditMessage.of("personalised.treatment." + before.name()), AuditMessage.of("personalised.treatment." + treatment.name())));
        recheck(cooperativeId, List.of(course));
        return of(cohortId, cooperativeId);
    }

    /**
     * Several courses of one cooperative at once (the staff page's form), in one transaction: all or none.
     *
     * @param treatments the treatment wanted, by course id
     * @throws ProgrammeRuleViolation as {@link #adjust}
     */
    public Programme adjustAll(long cohortId, long cooperativeId, Map<Long, CourseTreatment> treatments, long actorId, Role actorRole) {
        if (!mayAdjust(actorId, actorRole, cohortId)) {
            throw new ProgrammeRuleViolation("personalised.notAllowed");
        }
        if (treatments.size() > 100) {
            throw new ProgrammeRuleViolation("personalised.courseNotInProgramme");
        }
        treatments.forEach((courseId, treatment) -> adjust(cohortId, cooperativeId, courseId, treatment, actorId, actorRole));
        return of(cohortId, cooperativeId);
    }

    /**
     * The cooperative's programme in the cohort, course by course.
     *
     * @throws CohortRuleViolation {@code cohort.notFound}
     * @throws ProgrammeRuleViolation {@code personalised.cooperativeNotInCohort}
     */
    public Programme of(long cohortId, long cooperativeId) {
        Cohort cohort = cohorts.find(cohortId);
        return programmeOf(cohort, cooperativeOf(cohort, cooperativeId), storedOf(cohortId, cooperativeId));
    }

    /** @throws CohortRuleViolation {@code cohort.notFound} */
    public String cohortName(long cohortId) {
        return cohorts.find(cohortId).getName();
    }

    /** Every cooperative's programme in the cohort, cooperatives in French alphabetical order. @throws CohortRuleViolation {@code cohort.notFound} */
    public List<Programme> ofCohort(long cohortId) {
        Cohort cohort = cohorts.find(cohortId);
        Map<Long, Map<Long, PersonalisedCourse>> stored = new HashMap<>();
        em.createNamedQuery(PersonalisedCourse.OF_COHORT, PersonalisedCourse.class).setParameter("cohort", cohortId).getResultList()
                .forEach(p -> stored.computeIfAbsent(p.getCooperative().getId(), c -> new HashMap<>()).put(p.getCourse().getId(), p));
        return cohort.getCooperatives().stream().map(co -> programmeOf(cohort, co, stored.getOrDefault(co.getId(), Map.of()))).toList();
    }

    /** The treatments stored for a cohort, by cooperative id then course id; what is absent is FULL. */
    public Map<Long, Map<Long, CourseTreatment>> treatmentsOf(long cohortId) {
        Map<Long, Map<Long, CourseTreatment>> treatments = new HashMap<>();
        em.createNamedQuery(PersonalisedCourse.OF_COHORT, PersonalisedCourse.class).setParameter("cohort", cohortId).getResultList()
                .forEach(p -> treatments.computeIfAbsent(p.getCooperative().getId(), c -> new HashMap<>())
                        .put(p.getCourse().getId(), p.getTreatment()));
        return treatments;
    }

    /**
     * The trainees among these whose practical work in the course is waived: every cohort of their
     * cooperative whose programme has the course treats it as SHORTENED. One cohort that still asks for the
     * whole course (FULL, or OPTIONAL: taken, it is the whole course) keeps the practical work required,
     * since completing a course is one fact for her, whatever the cohort. Two queries whatever the number.
     */
    public Set<Long> practicalWaivedFor(long courseId, Collection<Long> traineeIds) {
        if (traineeIds.isEmpty()) {
            return Set.of();
        }
        Map<Long, Set<Long>> cohortsOf = new HashMap<>();
        em.createNamedQuery(PersonalisedCourse.COHORTS_OF_TRAINEES_WITH_COURSE, Object[].class)
                .setParameter("trainees", List.copyOf(traineeIds)).setParameter("course", courseId).getResultList()
                .forEach(r -> cohortsOf.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((Long) r[1]));
        Map<Long, Set<Long>> shortenedIn = new HashMap<>();
        em.createNamedQuery(PersonalisedCourse.TREATMENTS_OF_TRAINEES_IN_COURSE, Object[].class)
                .setParameter("trainees", List.copyOf(traineeIds)).setParameter("course", courseId).getResultList().stream()
                .filter(r -> r[2] == CourseTreatment.SHORTENED)
                .forEach(r -> shortenedIn.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((Long) r[1]));
        return cohortsOf.entrySet().stream()
                .filter(e -> shortenedIn.getOrDefault(e.getKey(), Set.of()).containsAll(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the trainee's practical work in the course is waived (see {@link #practicalWaivedFor}). */
    public boolean isPracticalWaived(long traineeId, long courseId) {
        return practicalWaivedFor(courseId, List.of(traineeId)).contains(traineeId);
    }

    /** The ids of the courses that are optional for the trainee (in a cohort of her cooperative), for her course list. */
    public Set<Long> optionalCoursesOf(long traineeId) {
        return Set.copyOf(em.createNamedQuery(PersonalisedCourse.OPTIONAL_COURSE_IDS_OF_TRAINEE, Long.class)
                .setParameter("trainee", traineeId).setParameter("treatment", CourseTreatment.OPTIONAL).getResultList());
    }

    private Programme programmeOf(Cohort cohort, Cooperative cooperative, Map<Long, PersonalisedCourse> stored) {
        Set<Long> actorIds = stored.values().stream().map(PersonalisedCourse::getChangedBy).filter(id -> id != null).collect(Collectors.toSet());
        // A handful of staff members per cohort: one find each, from the persistence context after the first.
        Map<Long, String> names = new HashMap<>();
        actorIds.forEach(id -> {
            Account account = em.find(Account.class, id);
            if (account != null) {
                names.put(id, account.getFullName());
            }
        });
        List<Line> lines = cohort.getProgramme().stream().map(course -> {
            PersonalisedCourse p = stored.get(course.getId());
            return p == null ? new Line(course, CourseTreatment.FULL, null, null, null, null)
                    : new Line(course, p.getTreatment(), p.getOrigin(), p.getNeedScore(), names.get(p.getChangedBy()), p.getChangedAt());
        }).toList();
        return new Programme(cohort, cooperative, lines);
    }

    private Cooperative cooperativeOf(Cohort cohort, long cooperativeId) {
        return cohort.getCooperatives().stream().filter(c -> c.getId() == cooperativeId).findFirst()
                .orElseThrow(() -> new ProgrammeRuleViolation("personalised.cooperativeNotInCohort"));
    }

    private Map<Long, PersonalisedCourse> storedOf(long cohortId, long cooperativeId) {
        return em.createNamedQuery(PersonalisedCourse.OF_COHORT_AND_COOPERATIVE, PersonalisedCourse.class).setParameter("cohort", cohortId)
                .setParameter("cooperative", cooperativeId).getResultList().stream()
                .collect(Collectors.toMap(p -> p.getCourse().getId(), Function.identity()));
    }

    /** A SHORTENED course may now be complete for trainees who did all but the practical work. */
    private void recheck(long cooperativeId, List<Course> courses) {
        Set<String> codes = courses.stream().map(Course::getCode).collect(Collectors.toSet());
        List<Account> trainees = em.createNamedQuery(Account.ACTIVE_OF_COOPERATIVE, Account.class).setParameter("cooperative", cooperativeId)
                .setParameter("role", Role.TRAINEE).getResultList();
        Instant now = Instant.now(clock);
        for (Account trainee : trainees) {
            for (Enrollment enrollment : learning.enrollmentsOf(trainee.getId())) {
                if (codes.contains(enrollment.getCourse().getCode()) && !enrollment.isCompleted()) {
                    learning.recheckCompletion(trainee.getId(), enrollment.getCourse().getCode(), now);
                }
            }
        }
    }

    private Long actorId() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            return null;
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", caller.getName()).getResultList().stream()
                .findFirst().map(Account::getId).orElse(null);
    }
}
