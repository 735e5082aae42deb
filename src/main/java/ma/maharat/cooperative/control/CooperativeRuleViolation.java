package ma.maharat.cooperative.control;

import java.util.List;
import ma.maharat.platform.error.RuleViolation;

/** Details of a cooperative that cannot be saved; carries every field problem for the form. */
public class CooperativeRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public CooperativeRuleViolation(String messageKey, List<FieldProblem> problems) {
        super(messageKey);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
