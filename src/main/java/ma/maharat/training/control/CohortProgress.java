package ma.maharat.training.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.CourseProgress;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.learning.entity.LessonCompletion;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.SignOff;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CourseTreatment;

/**
 * The progress of a cohort's trainees through its programme, for the programme's partners and its
 * trainers. Six queries whatever the cohort's size (its trainees, their lessons done, their completed
 * courses, their passed quizzes, their best final-quiz scores, their practical tasks signed off), grouped
 * here by trainee; the courses' lessons come from the cohort's programme.
 *
 * <p>Reads {@code quiz} attempts and {@code practical} sign-offs without writing them: neither reads
 * training, so no loop forms.
 */
@Stateless
public class CohortProgress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    PersonalisedProgrammes personalised;

    /**
     * A trainee of the cohort and her progress; {@code cooperative} is its French name; {@code accountId} links to her page.
     *
     * @param lessonsDone ids of the lessons she did, for the trainers' grid (lesson by lesson)
     * @param finalQuizBest her best score at each course's final quiz, as a fraction, by course id; absent before a finished attempt
     * @param practicalSignedByCourse how many current practical tasks of each course (by id) a trainer signed off
     *                                at a passing level; absent when none
     */
    public record TraineeProgress(long accountId, String username, String fullName, String fullNameAr, String cooperative, String cooperativeAr,
            ProgrammeProgress progress, Set<Long> lessonsDone, Map<Long, BigDecimal> finalQuizBest,
            Map<Long, Integer> practicalSignedByCourse) {

        /** The current practical tasks of the programme's courses a trainer signed off at a passing level. */
        public int practicalTasksSigned() {
            return practicalSignedByCourse.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int practicalSignedIn(long courseId) {
            return practicalSignedByCourse.getOrDefault(courseId, 0);
        }
    }

    /**
     * The cohort (cooperatives and programme loaded) and its active trainees, by cooperative then name;
     * {@code practicalTasksByCourse} counts each course's current practical tasks (absent when none).
     */
    public record Report(Cohort cohort, List<TraineeProgress> trainees, Map<Long, Integer> practicalTasksByCourse) {

        public int practicalTasksOf(long courseId) {
            return practicalTasksByCourse.getOrDefault(courseId, 0);
        }
    }

    /** @throws CohortRuleViolation {@code cohort.notFound} when there is no such cohort */
    public Report of(long cohortId) {
        Cohort cohort = cohorts.find(cohortId);
        List<ProgrammeProgress.ProgrammeCourse> programme = cohort.getProgramme().stream()
                .map(c -> new ProgrammeProgress.ProgrammeCourse(c.getId(), c.getCode(), c.currentLessons().stream()
                        .map(l -> new CourseProgress.LessonStep(l.getId(), l.getMinutes())).toList()))
                .toList();
        List<Account> trainees = em.createNamedQuery(Cohort.TRAINEES, Account.class)
                .setParameter("cohort", cohortId).setParameter("role", Role.TRAINEE).getResultList();
        List<Long> courseIds = cohort.getProgramme().stream().map(Course::getId).toList();
        Map<Long, Integer> practicalTasks = new HashMap<>();
        if (!courseIds.isEmpty()) {
            em.createNamedQuery(PracticalTask.CURRENT_COUNTS_OF_COURSES, Object[].class).setParameter("courses", courseIds).getResultList()
                    .forEach(r -> practicalTasks.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        if (trainees.isEmpty()) {
            return new Report(cohort, List.of(), Map.copyOf(practicalTasks));
        }
        List<Long> traineeIds = trainees.stream().map(Account::getId).toList();
        Map<Long, Map<Long, CourseTreatment>> treatments = personalised.treatmentsOf(cohortId);
        Map<Long, Set<Long>> lessonsDone = new HashMap<>();
        Map<Long, Map<Long, Instant>> completedAt = new HashMap<>();
        Map<Long, Set<ProgrammeProgress.PassedQuiz>> passed = new HashMap<>();
        Map<Long, Map<Long, BigDecimal>> best = new HashMap<>();
        Map<Long, Map<Long, Set<Long>>> practicalSigned = new HashMap<>();
        if (!courseIds.isEmpty()) {
            rows(LessonCompletion.DONE_BY_TRAINEES_IN_COURSES, traineeIds, courseIds).forEach(r ->
                    lessonsDone.computeIfAbsent((Long) r[0], t -> new HashSet<>()).add((Long) r[1]));
            rows(Enrollment.COMPLETED_BY_TRAINEES_IN_COURSES, traineeIds, courseIds).forEach(r ->
                    completedAt.computeIfAbsent((Long) r[0], t -> new HashMap<>()).put((Long) r[1], (Instant) r[2]));
            rows(QuizAttempt.PASSED_BY_TRAINEES_IN_COURSES, traineeIds, courseIds).forEach(r ->
                    passed.computeIfAbsent((Long) r[0], t -> new HashSet<>())
                            .add(new ProgrammeProgress.PassedQuiz((Long) r[1], (Long) r[2], (String) r[3])));
            em.createNamedQuery(QuizAttempt.BEST_SCORES_BY_TRAINEES_IN_COURSES, Object[].class).setParameter("scope", Quiz.COURSE_SCOPE)
                    .setParameter("trainees", traineeIds).setParameter("courses", courseIds).getResultList()
                    .forEach(r -> best.computeIfAbsent((Long) r[0], t -> new HashMap<>()).put((Long) r[1], (BigDecimal) r[2]));
            rows(SignOff.PASSED_BY_TRAINEES_IN_COURSES, traineeIds, courseIds).forEach(r ->
                    practicalSigned.computeIfAbsent((Long) r[0], t -> new HashMap<>()).computeIfAbsent((Long) r[1], c -> new HashSet<>())
                            .add((Long) r[2]));
        }
        List<TraineeProgress> report = trainees.stream()
                .map(a -> new TraineeProgress(a.getId(), a.getUsername(), a.getFullName(), a.getFullNameAr(),
                        a.getCooperative().getNameFr(), a.getCooperative().getNameAr(),
                        ProgrammeProgress.of(programme, lessonsDone.getOrDefault(a.getId(), Set.of()),
                                completedAt.getOrDefault(a.getId(), Map.of()), passed.getOrDefault(a.getId(), Set.of()),
                                treatments.getOrDefault(a.getCooperative().getId(), Map.of())),
                        Set.copyOf(lessonsDone.getOrDefault(a.getId(), Set.of())), Map.copyOf(best.getOrDefault(a.getId(), Map.of())),
                        counts(practicalSigned.getOrDefault(a.getId(), Map.of()))))
                .toList();
        return new Report(cohort, report, Map.copyOf(practicalTasks));
    }

    private static Map<Long, Integer> counts(Map<Long, Set<Long>> tasksByCourse) {
        Map<Long, Integer> counts = new HashMap<>();
        tasksByCourse.forEach((course, tasks) -> counts.put(course, tasks.size()));
        return Map.copyOf(counts);
    }

    private List<Object[]> rows(String query, List<Long> traineeIds, List<Long> courseIds) {
        return em.createNamedQuery(query, Object[].class).setParameter("trainees", traineeIds).setParameter("courses", courseIds)
                .getResultList();
    }
}
