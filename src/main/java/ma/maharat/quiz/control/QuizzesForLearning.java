package ma.maharat.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.maharat.learning.control.CourseQuizzes;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;

/** What learning asks of the quizzes (see {@link CourseQuizzes}), answered from the quiz tables. */
@Stateless
public class QuizzesForLearning implements CourseQuizzes {

    @PersistenceContext
    EntityManager em;

    @Override
    public Scopes current(long courseId) {
        return scopes(em.createNamedQuery(Quiz.CURRENT_SCOPES_OF_COURSE, String.class).setParameter("course", courseId).getResultList());
    }

    @Override
    public Scopes passedBy(long traineeId, long courseId) {
        return scopes(em.createNamedQuery(QuizAttempt.PASSED_SCOPES_OF_TRAINEE_IN_COURSE, String.class)
                .setParameter("trainee", traineeId).setParameter("course", courseId).getResultList());
    }

    @Override
    public Map<Long, Set<String>> lessonsWithQuizInEveryCourse() {
        Map<Long, Set<String>> lessons = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Quiz.CURRENT_SCOPES_OF_EVERY_COURSE, Object[].class).getResultList()) {
            if (!Quiz.COURSE_SCOPE.equals(row[1]) && !Quiz.DIAGNOSTIC_SCOPE.equals(row[1])) {
                lessons.computeIfAbsent((Long) row[0], course -> new HashSet<>()).add((String) row[1]);
            }
        }
        return lessons;
    }

    /**
     * A quiz's scope is its lesson's code, or {@link Quiz#COURSE_SCOPE} for the course's own quiz; the
     * diagnostic ({@link Quiz#DIAGNOSTIC_SCOPE}) is neither and never required.
     */
    static Scopes scopes(Collection<String> quizScopes) {
        Set<String> lessons = quizScopes.stream()
                .filter(scope -> !Quiz.COURSE_SCOPE.equals(scope) && !Quiz.DIAGNOSTIC_SCOPE.equals(scope)).collect(Collectors.toSet());
        return new Scopes(lessons, quizScopes.contains(Quiz.COURSE_SCOPE));
    }
}
