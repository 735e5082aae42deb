package ma.maharat.training.control;

import ma.maharat.platform.error.RuleViolation;

/** A personalised programme that cannot be proposed or changed: a need score out of range, a course not in the cohort, no right to it. */
public class ProgrammeRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public ProgrammeRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
