package ma.maharat.training.control;

import java.util.List;
import ma.maharat.platform.error.RuleViolation;

/**
 * An assignment, a session or an attendance sheet that cannot be saved: the fields that are wrong
 * ({@link SessionProblem}) and, for a session, every planning conflict with what it conflicts with.
 */
public class SessionRuleViolation extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient List<SessionProblem> problems;
    private final transient List<SessionConflicts.Conflict> conflicts;

    public SessionRuleViolation(String messageKey, List<SessionProblem> problems, List<SessionConflicts.Conflict> conflicts) {
        super(messageKey);
        this.problems = List.copyOf(problems);
        this.conflicts = List.copyOf(conflicts);
    }

    public SessionRuleViolation(String messageKey) {
        this(messageKey, List.of(), List.of());
    }

    public List<SessionProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    public List<SessionConflicts.Conflict> conflicts() {
        return conflicts == null ? List.of() : conflicts;
    }
}
