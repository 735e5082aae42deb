package ma.maharat.training.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ma.maharat.audit.control.AuditTrail;
import ma.maharat.audit.entity.AuditMessage;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;

/**
 * Cohorts created and edited by administrators, and enrolled in one action: every active trainee of
 * the cohort's cooperatives in every course of its programme. Enrolling again is harmless and picks
 * up the trainees who joined a cooperative since.
 */
@Stateless
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Enrollments enrollments;

    /** Every cohort, latest first, with its cooperatives and programme loaded for the page. */
    public List<Cohort> all() {
        List<Cohort> cohorts = em.createNamedQuery(Cohort.ALL, Cohort.class).getResultList();
        cohorts.forEach(c -> {
            c.getCooperatives();
            c.getProgramme();
        });
        return cohorts;
    }

    /** How many active trainees each cohort has, by cohort id (cohorts without any are missing). */
    public Map<Long, Long> traineeCounts() {
        return em.createNamedQuery(Cohort.TRAINEE_COUNTS, Object[].class).setParameter("role", Role.TRAINEE)
                .getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    public Cohort find(long id) {
        Cohort cohort = Optional.ofNullable(em.find(Cohort.class, id))
                .orElseThrow(() -> new CohortRuleViolation("cohort.notFound", List.of()));
        cohort.getCooperatives();
        cohort.getProgramme();
        return cohort;
    }

    public Cohort create(CohortDetails details) {
        CohortDetails checked = checked(details, null);
        Cohort cohort = new Cohort(checked.name(), checked.startDate(), checked.endDate(),
                cooperatives(checked.cooperativeIds()), courses(checked.courseIds()));
        em.persist(cohort);
        em.flush();
        audit.record("cohort.created", "cohort", cohort.getId(), AuditMessage.of("audit.message.cohort.created", cohort.getName(),
                cohort.getStartDate(), cohort.getEndDate()));
        return cohort;
    }

    public Cohort update(long id, CohortDetails details) {
        Cohort cohort = find(id);
        CohortDetails checked = checked(details, id);
        cohort.update(checked.name(), checked.startDate(), checked.endDate(),
                cooperatives(checked.cooperativeIds()), courses(checked.courseIds()));
        audit.record("cohort.updated", "cohort", id, AuditMessage.of("audit.message.cohort.updated", cohort.getName(),
                cohort.getStartDate(), cohort.getEndDate(), cohort.getCooperatives().size(), cohort.getProgramme().size()));
        return cohort;
    }

    /**
     * Adds a cooperative to the cohort (a no-op when it is already there) and enrolls its trainees in the
     * programme: the intake's next step after a selected applicant became a cooperative. The cohort's own
     * rules apply, as when an administrator edits it.
     */
    public Cohort addCooperative(long cohortId, long cooperativeId) {
        Cohort cohort = find(cohortId);
        List<Long> cooperativeIds = new ArrayList<>(cohort.getCooperatives().stream().map(Cooperative::getId).toList());
        if (!cooperativeIds.contains(cooperativeId)) {
            cooperativeIds.add(cooperativeId);
            update(cohortId, new CohortDetails(cohort.getName(), cohort.getStartDate(), cohort.getEndDate(), cooperativeIds,
                    cohort.getProgramme().stream().map(Course::getId).toList()));
            enrollCohort(cohortId);
        }
        return cohort;
    }

    /** Switches picture sign-in on or off for the cohort's trainees. */
    public Cohort allowPictureSignIn(long cohortId, boolean allowed) {
        Cohort cohort = find(cohortId);
        if (cohort.isPictureSignIn() != allowed) {
            cohort.allowPictureSignIn(allowed);
            audit.record(allowed ? "cohort.pictureSignInOn" : "cohort.pictureSignInOff", "cohort", cohortId,
                    AuditMessage.of(allowed ? "audit.message.cohort.pictureSignInOn" : "audit.message.cohort.pictureSignInOff", cohort.getName()));
        }
        return cohort;
    }

    /** The active trainees of the cohort's cooperatives, by cooperative then name, their cooperative loaded. */
    public List<Account> trainees(long cohortId) {
        List<Account> trainees = em.createNamedQuery(Cohort.TRAINEES, Account.class)
                .setParameter("cohort", cohortId).setParameter("role", Role.TRAINEE).getResultList();
        trainees.forEach(a -> a.getCooperative().getNameFr());
        return trainees;
    }

    /** Who picture sign-in lists: the trainees with pictures of every cohort that has it on. */
    public List<PictureSignInRoster.Trainee> pictureSignInTrainees() {
        return em.createNamedQuery(Cohort.PICTURE_SIGN_IN_TRAINEES, Object[].class).setParameter("role", Role.TRAINEE)
                .getResultList().stream()
                .map(row -> {
                    Account a = (Account) row[0];
                    Cooperative co = (Cooperative) row[1];
                    return new PictureSignInRoster.Trainee(a.getId(), a.getFullName(), a.getFullNameAr(), co.getId(),
                            co.getNameFr(), co.getNameAr());
                })
                .toList();
    }

    /**
     * Enrolls every active trainee of the cohort's cooperatives in every course of its programme,
     * through {@link Enrollments} so that existing enrolments (and the progress they hold) are kept.
     */
    public CohortEnrollment enrollCohort(long cohortId) {
        Cohort cohort = find(cohortId);
        List<Long> trainees = em.createNamedQuery(Cohort.TRAINEE_IDS, Long.class)
                .setParameter("cohort", cohortId).setParameter("role", Role.TRAINEE).getResultList();
        int enrolled = 0;
        int already = 0;
        if (!trainees.isEmpty()) {
            for (Course course : cohort.getProgramme()) {
                Enrollments.Outcome outcome = enrollments.enroll(course.getId(), trainees);
                enrolled += outcome.enrolled().size();
                already += outcome.alreadyEnrolled().size();
            }
        }
        audit.record("cohort.enrolled", "cohort", cohortId, AuditMessage.of("audit.message.cohort.enrolled", cohort.getName(),
                trainees.size(), enrolled));
        return new CohortEnrollment(trainees.size(), enrolled, already);
    }

    private CohortDetails checked(CohortDetails details, Long id) {
        CohortRules.Checked checked = CohortRules.check(details);
        List<CohortProblem> problems = new ArrayList<>(checked.problems());
        CohortDetails tidy = checked.details();
        if (!tidy.name().isEmpty()) {
            // The column's collation compares names without case or accents, as the unique key does.
            List<Cohort> sameName = em.createNamedQuery(Cohort.BY_NAME, Cohort.class).setParameter("name", tidy.name())
                    .getResultList();
            if (sameName.stream().anyMatch(c -> !c.getId().equals(id))) {
                problems.add(CohortProblem.of("name", "cohort.nameTaken"));
            }
        }
        if (tidy.cooperativeIds().stream().anyMatch(c -> em.find(Cooperative.class, c) == null)) {
            problems.add(CohortProblem.of("cooperatives", "cohort.unknownCooperative"));
        }
        if (tidy.courseIds().stream().anyMatch(c -> em.find(Course.class, c) == null)) {
            problems.add(CohortProblem.of("programme", "cohort.unknownCourse"));
        }
        if (!problems.isEmpty()) {
            throw new CohortRuleViolation("cohort.notSaved", problems);
        }
        return tidy;
    }

    private List<Cooperative> cooperatives(List<Long> ids) {
        return ids.stream().map(id -> em.find(Cooperative.class, id)).toList();
    }

    private List<Course> courses(List<Long> ids) {
        return ids.stream().map(id -> em.find(Course.class, id)).toList();
    }
}
