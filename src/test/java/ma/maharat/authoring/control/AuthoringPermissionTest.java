package ma.maharat.authoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import ma.maharat.training.control.TrainerAssignments;
import org.junit.jupiter.api.Test;

/** Who may edit a course: administrators, the trainers assigned to it, never trainees. */
class AuthoringPermissionTest {

    private final AuthoringPermission permission = new AuthoringPermission();
    private final Course quality = new Course("quality") {
        @Override
        public Long getId() {
            return 7L;
        }
    };

    AuthoringPermissionTest() {
        // Trainer 1 is assigned to no course; trainer 2 to every course.
        permission.assignments = new TrainerAssignments() {
            @Override
            public boolean isAssignedToCourse(long trainerId, long courseId) {
                return trainerId == 2;
            }
        };
    }

    private static SignedInUser user(Role role) {
        return user(1, role);
    }

    private static SignedInUser user(long id, Role role) {
        return new SignedInUser(id, "someone", "Someone", null, role);
    }

    @Test
    void administratorsAndTrainersMayEditTraineesMayNot() {
        assertTrue(permission.mayEdit(user(Role.ADMIN), quality));
        assertFalse(permission.mayEdit(user(1, Role.TRAINER), quality), "a trainer not assigned to the course");
        assertTrue(permission.mayEdit(user(2, Role.TRAINER), quality), "a trainer assigned to it");
        assertFalse(permission.mayEdit(user(Role.TRAINEE), quality));
        assertFalse(permission.mayEdit(null, quality));
        assertEquals("authoring.notAllowed",
                assertThrows(AuthoringRuleViolation.class, () -> permission.requireMayEdit(user(Role.TRAINEE), quality)).messageKey());
    }
}
