package ma.maharat.certificate.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.certificate.entity.Certificate;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.CourseProgress;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.learning.entity.LessonCompletion;
import ma.maharat.practical.control.PracticalWork;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.SignOff;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.control.PersonalisedProgrammes;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CourseTreatment;

/**
 * Who may receive a certificate: the trainees of a cohort or a cooperative, each with her verdict by the
 * completion rules course by course (what she misses) and the valid certificate she already holds. The
 * verdicts of a group are read in a few queries per course, whatever its size. Also finds the course,
 * cohort and holder a certificate is about, with the rule's message when there is none.
 */
@Stateless
public class CertificateEligibility {

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticalWork practicalWork;

    @Inject
    PersonalisedProgrammes personalised;

    /** Whose eligibility a page shows: the trainees of a cohort or of a cooperative. */
    public enum GroupKind { COHORT, COOPERATIVE }

    public List<Course> courses() {
        return em.createNamedQuery(Course.ALL, Course.class).getResultList();
    }

    /** @throws CertificateRuleViolation {@code certificate.courseNotFound} */
    public Course course(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId))
                .orElseThrow(() -> new CertificateRuleViolation("certificate.courseNotFound"));
    }

    /** @throws CertificateRuleViolation {@code certificate.courseNotFound} */
    public Course courseByCode(String code) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code == null ? "" : code).getResultList().stream()
                .findFirst().orElseThrow(() -> new CertificateRuleViolation("certificate.courseNotFound"));
    }

    /** @throws CertificateRuleViolation {@code certificate.cohortNotFound} */
    public Cohort cohort(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId))
                .orElseThrow(() -> new CertificateRuleViolation("certificate.cohortNotFound"));
    }

    /** A trainee who may hold a certificate. @throws CertificateRuleViolation {@code certificate.holderNotFound} */
    public Account holder(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getRole() != Role.TRAINEE) {
            throw new CertificateRuleViolation("certificate.holderNotFound");
        }
        return account;
    }

    public List<Account> holders(List<Long> accountIds) {
        return accountIds.stream().map(this::holder).toList();
    }

    /** The active trainees of a cohort. */
    public List<Account> traineesOf(Cohort cohort) {
        return em.createNamedQuery(Cohort.TRAINEES, Account.class).setParameter("cohort", cohort.getId())
                .setParameter("role", Role.TRAINEE).getResultList();
    }

    /** @throws CertificateRuleViolation {@code certificate.notInCohort} when she is not an active trainee of the cohort */
    public void requireInCohort(Cohort cohort, Account holder) {
        if (traineesOf(cohort).stream().noneMatch(t -> t.getId().equals(holder.getId()))) {
            throw new CertificateRuleViolation("certificate.notInCohort", holder.getFullName(), cohort.getName());
        }
    }

    /** The course's eligibility for the active trainees of a cohort or a cooperative. */
    public EligibilityReport eligibility(long courseId, GroupKind kind, long groupId) {
        if (kind == GroupKind.COOPERATIVE && em.find(Cooperative.class, groupId) == null) {
            // As for an unknown cohort: "nobody to certify" would hide a wrong number.
            throw new CertificateRuleViolation("certificate.cooperativeNotFound");
        }
        List<Account> trainees = kind == GroupKind.COHORT ? traineesOf(cohort(groupId))
                : em.createNamedQuery(Account.ACTIVE_OF_COOPERATIVE, Account.class).setParameter("cooperative", groupId)
                        .setParameter("role", Role.TRAINEE).getResultList();
        return ofCourse(course(courseId), trainees);
    }

    /** One trainee's eligibility for a course. */
    public Candidate eligibilityOf(long courseId, long accountId) {
        return ofCourse(course(courseId), List.of(holder(accountId))).candidates().get(0);
    }

    /** The course's eligibility for these trainees. */
    public EligibilityReport ofCourse(Course course, List<Account> trainees) {
        Verdicts verdicts = verdicts(course, trainees,
                personalised.practicalWaivedFor(course.getId(), trainees.stream().map(Account::getId).toList()), Set.of());
        Map<Long, Certificate> valid = em.createNamedQuery(Certificate.VALID_OF_COURSE, Certificate.class)
                .setParameter("course", course.getId()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getHolder().getId(), Function.identity()));
        return new EligibilityReport(course, null, candidates(trainees, List.of(verdicts), valid), verdicts.lessons());
    }

    /**
     * The eligibility of a cohort's active trainees for the certificate of its whole programme: every
     * course of the programme completed, by the course rule.
     *
     * @throws CertificateRuleViolation {@code certificate.cohortNotFound} or {@code certificate.emptyProgramme}
     */
    public EligibilityReport programmeEligibility(long cohortId) {
        Cohort cohort = cohort(cohortId);
        return ofProgramme(cohort, traineesOf(cohort));
    }

    /** @throws CertificateRuleViolation {@code certificate.emptyProgramme} */
    public EligibilityReport ofProgramme(Cohort cohort, List<Account> trainees) {
        if (cohort.getProgramme().isEmpty()) {
            throw new CertificateRuleViolation("certificate.emptyProgramme", cohort.getName());
        }
        // Each trainee's course is treated as her cooperative's personalised programme in this cohort says (ADR 23).
        Map<Long, Map<Long, CourseTreatment>> treatments = personalised.treatmentsOf(cohort.getId());
        List<Verdicts> perCourse = cohort.getProgramme().stream().map(course -> {
            Set<Long> waived = new HashSet<>();
            Set<Long> optional = new HashSet<>();
            for (Account trainee : trainees) {
                CourseTreatment treatment = trainee.getCooperative() == null ? CourseTreatment.FULL
                        : treatments.getOrDefault(trainee.getCooperative().getId(), Map.of()).getOrDefault(course.getId(), CourseTreatment.FULL);
                if (!treatment.requiresPracticalWork()) {
                    waived.add(trainee.getId());
                }
                if (!treatment.countsForProgramme()) {
                    optional.add(trainee.getId());
                }
            }
            return verdicts(course, trainees, waived, optional);
        }).toList();
        Map<Long, Lesson> lessons = new HashMap<>();
        perCourse.forEach(v -> lessons.putAll(v.lessons()));
        Map<Long, Certificate> valid = em.createNamedQuery(Certificate.VALID_OF_PROGRAMME, Certificate.class)
                .setParameter("cohort", cohort.getId()).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getHolder().getId(), Function.identity()));
        return new EligibilityReport(null, cohort, candidates(trainees, perCourse, valid), Map.copyOf(lessons));
    }

    /**
     * One course's verdict for each of the trainees, with its current lessons by id; {@code optional} are
     * the trainees for whom the course does not count toward the programme.
     */
    private record Verdicts(Course course, Map<Long, CompletionRules.Eligibility> byTrainee, Map<Long, Lesson> lessons, Set<Long> optional) {}

    /** @param practicalWaived the trainees whose practical work in the course is waived by their personalised programme */
    private Verdicts verdicts(Course course, List<Account> trainees, Set<Long> practicalWaived, Set<Long> optional) {
        List<Lesson> lessons = course.currentLessons();
        CompletionRules.Requirements requirements = new CompletionRules.Requirements(
                lessons.stream().map(l -> new CourseProgress.LessonStep(l.getId(), l.getMinutes())).toList(),
                Set.copyOf(em.createNamedQuery(Quiz.CURRENT_SCOPES_OF_COURSE, String.class).setParameter("course", course.getId())
                        .getResultList()),
                practicalWork.requiredTasks(course.getId()).stream().map(PracticalTask::getId).collect(Collectors.toSet()));
        Map<Long, Lesson> lessonsById = lessons.stream().collect(Collectors.toMap(Lesson::getId, Function.identity()));
        if (trainees.isEmpty()) {
            return new Verdicts(course, Map.of(), lessonsById, optional);
        }
        List<Long> ids = trainees.stream().map(Account::getId).toList();
        List<Long> courses = List.of(course.getId());
        Map<Long, Set<Long>> done = new HashMap<>();
        em.createNamedQuery(LessonCompletion.DONE_BY_TRAINEES_IN_COURSES, Object[].class).setParameter("trainees", ids)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> done.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((Long) r[1]));
        Map<Long, Set<String>> passed = new HashMap<>();
        em.createNamedQuery(QuizAttempt.PASSED_BY_TRAINEES_IN_COURSES, Object[].class).setParameter("trainees", ids)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> passed.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((String) r[3]));
        Map<Long, Set<Long>> signedOff = new HashMap<>();
        em.createNamedQuery(SignOff.PASSED_BY_TRAINEES_IN_COURSES, Object[].class).setParameter("trainees", ids)
                .setParameter("courses", courses).getResultList()
                .forEach(r -> signedOff.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((Long) r[2]));
        Set<Long> enrolled = em.createNamedQuery(Enrollment.OF_COURSE, Enrollment.class).setParameter("course", course.getId())
                .getResultList().stream().map(e -> e.getTrainee().getId()).collect(Collectors.toSet());
        CompletionRules.Requirements withoutPractical = new CompletionRules.Requirements(requirements.lessons(), requirements.quizzes(), Set.of());
        Map<Long, CompletionRules.Eligibility> byTrainee = new HashMap<>();
        for (Account trainee : trainees) {
            byTrainee.put(trainee.getId(), CompletionRules.check(practicalWaived.contains(trainee.getId()) ? withoutPractical : requirements,
                    new CompletionRules.Achievements(
                    enrolled.contains(trainee.getId()), done.getOrDefault(trainee.getId(), Set.of()),
                    passed.getOrDefault(trainee.getId(), Set.of()), signedOff.getOrDefault(trainee.getId(), Set.of()))));
        }
        return new Verdicts(course, byTrainee, lessonsById, optional);
    }

    private static List<Candidate> candidates(List<Account> trainees, List<Verdicts> perCourse, Map<Long, Certificate> valid) {
        List<Candidate> candidates = new ArrayList<>();
        for (Account trainee : trainees) {
            List<CourseStanding> standings = perCourse.stream()
                    .map(v -> new CourseStanding(v.course(), v.byTrainee().get(trainee.getId()), !v.optional().contains(trainee.getId())))
                    .toList();
            Certificate certificate = valid.get(trainee.getId());
            Cooperative cooperative = trainee.getCooperative();
            candidates.add(new Candidate(trainee.getId(), trainee.getFullName(), trainee.getFullNameAr(),
                    cooperative == null ? null : cooperative.getNameFr(), cooperative == null ? null : cooperative.getNameAr(),
                    standings, certificate == null ? null : certificate.getId(), certificate == null ? null : certificate.getNumber()));
        }
        return List.copyOf(candidates);
    }
}
