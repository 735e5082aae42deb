package ma.maharat.practical.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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

    @Inject
    AssessorRule assessors;

    /**
     * Whether this trainer may sign off (and see the sign-offs and photos of) this trainee's practical
     * tasks in this course.
     *
     * <p>An active trainer assigned to the course in a cohort the trainee belongs to, whatever the
     * assignment's period (work is often signed off after the sessions). The trainers' page, the sign-off
     * and the photo servlet all ask this method.
     */
    public boolean maySignOff(long trainerId, long traineeId, long courseId) {
        Account trainer = em.find(Account.class, trainerId);
        return trainer != null && trainer.getRole() == Role.TRAINER && trainer.isActive()
                && assessors.mayAssess(trainerId, traineeId, courseId);
    }
}
