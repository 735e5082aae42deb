package ma.maharat.practical.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;

/**
 * Who may sign off whose practical work, in one place so that the rule can change in one place.
 */
@Stateless
public class SignOffPermission {

    @PersistenceContext
    EntityManager em;

    /**
     * Whether this trainer may sign off (and see the sign-offs and photos of) this trainee's practical
     * tasks in this course.
     *
     * <p>FOR NOW: any active trainer may, for every trainee. Trainers are not assigned to trainees yet;
     * once {@code training.control.TrainerAssignments#mayAssess(trainerId, traineeId, courseId)} exists
     * (branch {@code sessions}), this method must return exactly that, and nothing else here changes:
     * the trainers' page, the sign-off and the photo servlet all ask this method.
     */
    public boolean maySignOff(long trainerId, long traineeId, long courseId) {
        Account trainer = em.find(Account.class, trainerId);
        return trainer != null && trainer.getRole() == Role.TRAINER && trainer.isActive();
    }
}
