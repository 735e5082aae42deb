package ma.maharat.learning.control;

import jakarta.ejb.ApplicationException;

/**
 * A trainee asked for something her enrolments do not allow (a course she is not enrolled in, a
 * course still locked by a prerequisite). Carries a message key; rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class LearningRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LearningRuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
