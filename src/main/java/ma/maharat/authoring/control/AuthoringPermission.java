package ma.maharat.authoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import ma.maharat.training.control.TrainerAssignments;

/** Who may edit which course: the one place that decides it, for every page and action of authoring. */
@ApplicationScoped
public class AuthoringPermission {

    @Inject
    TrainerAssignments assignments;

    /**
     * Administrators may edit every course; trainers only the courses they are assigned to in some
     * cohort, whatever the period (a trainer prepares a course before its sessions and corrects it after).
     */
    public boolean mayEdit(SignedInUser user, Course course) {
        if (user == null || course == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN -> true;
            case TRAINER -> assignments.isAssignedToCourse(user.accountId(), course.getId());
            case TRAINEE -> false;
        };
    }

    /** @throws AuthoringRuleViolation when the person may not edit the course */
    public void requireMayEdit(SignedInUser user, Course course) {
        if (!mayEdit(user, course)) {
            throw new AuthoringRuleViolation("authoring.notAllowed");
        }
    }

    /** Whether the person may author at all (sees the authoring menu). */
    public boolean mayAuthor(SignedInUser user) {
        return user != null && (user.role() == Role.ADMIN || user.role() == Role.TRAINER);
    }
}
