package ma.maharat.intake.control;

import java.util.List;
import ma.maharat.platform.error.RuleViolation;

/** A call or an application that cannot be saved, or a step the call's state forbids; rolls back. */
public class IntakeRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<IntakeProblem> problems;

    public IntakeRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.problems = List.of();
    }

    public IntakeRuleViolation(String messageKey, List<IntakeProblem> problems) {
        super(messageKey);
        this.problems = List.copyOf(problems);
    }

    public List<IntakeProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
