package ma.maharat.quiz.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.entity.QuizAttempt;

/** A trainee's place with a course's diagnostic quiz, for the course outline (see {@link DiagnosticStep}). */
@Stateless
public class Diagnostics {

    @PersistenceContext
    EntityManager em;

    /**
     * @param step       where she stands
     * @param inProgress whether an attempt of hers is open (she continues it, whatever the step)
     */
    public record DiagnosticOffer(DiagnosticStep step, boolean inProgress) {
        public boolean isShown() {
            return inProgress || step.isOffered();
        }
    }

    /**
     * Her offer in a course whose progress the caller already knows; empty when the course has no
     * current diagnostic.
     */
    public Optional<DiagnosticOffer> of(long traineeId, String courseCode, int lessonsDone, int lessonCount) {
        Optional<Quiz> quiz = em.createNamedQuery(Quiz.BY_SCOPE, Quiz.class).setParameter("course", courseCode)
                .setParameter("scope", Quiz.DIAGNOSTIC_SCOPE).getResultStream().filter(q -> !q.isArchived()).findFirst();
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        List<QuizAttempt> attempts = em.createNamedQuery(QuizAttempt.OF_TRAINEE_FOR_QUIZ, QuizAttempt.class)
                .setParameter("quiz", quiz.get().getId()).setParameter("trainee", traineeId).getResultList();
        int submitted = (int) attempts.stream().filter(a -> !a.isInProgress()).count();
        boolean open = attempts.stream().anyMatch(QuizAttempt::isInProgress);
        return Optional.of(new DiagnosticOffer(DiagnosticStep.of(submitted, lessonsDone, lessonCount), open));
    }
}
