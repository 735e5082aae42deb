package ma.maharat.practical.control;

import ma.maharat.platform.error.RuleViolation;

/**
 * A sign-off or a photo that breaks a rule the trainer can fix: a criterion without a level, a photo
 * too large or not a JPEG/PNG, a trainee not enrolled in the task's course.
 */
public class PracticalRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public PracticalRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
