package ma.maharat.authoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;

/** Who may edit which course: the one place that decides it, for every page and action of authoring. */
@ApplicationScoped
public class AuthoringPermission {

    /**
     * Administrators may edit every course; trainers only the courses they are assigned to.
     *
     * <p>TODO (lead, after merging the {@code sessions} branch): trainer assignments do not exist yet on
     * this branch, so every trainer may edit every course for now (a deactivated trainer cannot sign in,
     * so this means every active trainer). Replace the {@code TRAINER} line with
     * {@code trainerAssignments.isAssignedToCourse(user.accountId(), course.getId())}.
     */
    public boolean mayEdit(SignedInUser user, Course course) {
        if (user == null || course == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN -> true;
            case TRAINER -> true;
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
