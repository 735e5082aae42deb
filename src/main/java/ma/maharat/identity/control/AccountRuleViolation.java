package ma.maharat.identity.control;

import jakarta.ejb.ApplicationException;

/**
 * A request about accounts that breaks a rule the person can fix (a username already taken, a
 * password too short). Carries a message key of the resource bundle and its arguments, so the page
 * shows it in the reader's language next to the form; rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class AccountRuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AccountRuleViolation(String messageKey, Object... arguments) {
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
