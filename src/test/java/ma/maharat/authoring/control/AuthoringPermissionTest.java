package ma.maharat.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import org.junit.jupiter.api.Test;

/** Who may edit a course: administrators and trainers (until assignments), never trainees. */
class AuthoringPermissionTest {

    private final AuthoringPermission permission = new AuthoringPermission();
    private final Course quality = new Course("quality");

    private static SignedInUser user(Role role) {
        return new SignedInUser(1, "someone", "Someone", null, role);
    }

    @Test
    void administratorsAndTrainersMayEditTraineesMayNot() {
        assertTrue(permission.mayEdit(user(Role.ADMIN), quality));
        assertTrue(permission.mayEdit(user(Role.TRAINER), quality));
        assertFalse(permission.mayEdit(user(Role.TRAINEE), quality));
        assertFalse(permission.mayEdit(null, quality));
        assertEquals("authoring.notAllowed",
                assertThrows(AuthoringRuleViolation.class, () -> permission.requireMayEdit(user(Role.TRAINEE), quality)).messageKey());
    }
}
