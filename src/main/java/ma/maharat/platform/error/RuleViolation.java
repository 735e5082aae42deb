package ma.maharat.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a rule the person can fix (a username already taken, a course not yet
 * unlocked). Carries a message key of the resource bundle and its arguments, so the page shows it in
 * the reader's language next to the form; rolls the transaction back. Features extend it with their
 * own kind of rule.
 */
@ApplicationException(rollback = true, inherited = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
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
