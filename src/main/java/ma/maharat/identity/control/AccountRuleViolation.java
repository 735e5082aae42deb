package ma.maharat.identity.control;

import ma.maharat.platform.error.RuleViolation;

/** A request about accounts that breaks a rule the person can fix (a username taken, a password too short). */
public class AccountRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public AccountRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
