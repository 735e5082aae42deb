package ma.maharat.authoring.control;

import ma.maharat.platform.error.RuleViolation;

/** A rule of authoring an author can act on (someone saved the draft meanwhile, no draft to edit...). */
public class AuthoringRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public AuthoringRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
