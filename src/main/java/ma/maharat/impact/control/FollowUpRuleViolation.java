package ma.maharat.impact.control;

import java.util.List;
import ma.maharat.platform.error.RuleViolation;

/** A follow-up that cannot be kept; carries every field problem for the form. Nothing is written. */
public class FollowUpRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<FollowUpProblem> problems;

    public FollowUpRuleViolation(String messageKey, List<FollowUpProblem> problems) {
        super(messageKey);
        this.problems = List.copyOf(problems);
    }

    public FollowUpRuleViolation(String messageKey) {
        this(messageKey, List.of());
    }

    public List<FollowUpProblem> problems() {
        return problems == null ? List.of() : problems;
    }
}
