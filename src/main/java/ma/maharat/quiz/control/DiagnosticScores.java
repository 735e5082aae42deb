package ma.maharat.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import ma.maharat.quiz.entity.QuizAttempt;

/**
 * The diagnostic scores of trainees, for {@link LearningGains}: per trainee and course, her first submitted
 * attempt (before) and her second (after), in percent. Cohorts are not known here: callers that know them
 * add them ({@link LearningGains.Scores#inCohort}).
 */
@Stateless
public class DiagnosticScores {

    @PersistenceContext
    EntityManager em;

    /** Every trainee's scores, in every course with a current diagnostic. */
    public List<LearningGains.Scores> all() {
        return of(trainee -> true);
    }

    /** The scores of some trainees only (e.g. the ones a trainer may see). */
    public List<LearningGains.Scores> ofTrainees(Set<Long> trainees) {
        return trainees.isEmpty() ? List.of() : of(trainees::contains);
    }

    private List<LearningGains.Scores> of(LongPredicate included) {
        Map<List<Long>, List<Object[]>> byTraineeAndCourse = new LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery(QuizAttempt.DIAGNOSTIC_SCORES, Object[].class).getResultList()) {
            if (included.test((Long) row[0])) {
                byTraineeAndCourse.computeIfAbsent(List.of((Long) row[0], (Long) row[1]), key -> new ArrayList<>()).add(row);
            }
        }
        List<LearningGains.Scores> scores = new ArrayList<>();
        for (List<Object[]> attempts : byTraineeAndCourse.values()) {
            Object[] first = attempts.get(0);
            Double after = attempts.size() > 1 ? percent(attempts.get(1)) : null;
            // The manifest declares no topic yet: a course is its own topic.
            scores.add(new LearningGains.Scores((Long) first[0], (Long) first[1], (String) first[2], null, (Long) first[3],
                    percent(first), after));
        }
        return scores;
    }

    private static Double percent(Object[] row) {
        return ((BigDecimal) row[4]).doubleValue() * 100;
    }
}
