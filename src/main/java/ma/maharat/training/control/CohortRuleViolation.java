package ma.maharat.training.control;

import java.util.List;
import ma.maharat.platform.error.RuleViolation;

/** A cohort that cannot be saved or enrolled; carries every field problem for the form. */
public class CohortRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<CohortProblem> problems;

    public CohortRuleViolation(String messageKey, List<CohortProblem> problems) {
        super(messageKey);
        this.problems = List.copyOf(problems);
    }

    public List<CohortProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
