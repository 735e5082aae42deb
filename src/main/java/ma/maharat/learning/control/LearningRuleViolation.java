package ma.maharat.learning.control;

import ma.maharat.platform.error.RuleViolation;

/**
 * A trainee asked for something her enrolments do not allow (a course she is not enrolled in, a
 * course still locked by a prerequisite).
 */
public class LearningRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public LearningRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
