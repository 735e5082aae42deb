package ma.maharat.practical.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import ma.maharat.course.entity.Course;
import ma.maharat.learning.control.CompletionRequirement;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.SignOff;

/**
 * Learning's completion rule for practical work: a course with required practical tasks is completed
 * only once every one of them is signed off at a passing level, unless the trainee's personalised
 * programme waives it ({@link PracticalWaiver}, ADR 23). Runs in the caller's transaction.
 */
@ApplicationScoped
public class PracticalCompletion implements CompletionRequirement {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<PracticalWaiver> waivers;

    @Override
    public boolean isMetBy(long traineeId, Course course) {
        Set<Long> required = new HashSet<>();
        em.createNamedQuery(PracticalTask.CURRENT_OF_COURSE, PracticalTask.class).setParameter("course", course.getId())
                .getResultStream().filter(PracticalTask::isRequired).forEach(task -> required.add(task.getId()));
        if (required.isEmpty() || waivers.stream().anyMatch(w -> w.isWaived(traineeId, course.getId()))) {
            return true;
        }
        required.removeAll(em.createNamedQuery(SignOff.PASSED_TASKS_OF_TRAINEE_IN_COURSE, Long.class)
                .setParameter("trainee", traineeId).setParameter("course", course.getId()).getResultList());
        return required.isEmpty();
    }
}
