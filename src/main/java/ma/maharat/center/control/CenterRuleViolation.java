package ma.maharat.center.control;

import ma.maharat.platform.error.RuleViolation;

/** A change to the center's settings that breaks a rule the administrator can fix (an address that is not one). */
public class CenterRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public CenterRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
