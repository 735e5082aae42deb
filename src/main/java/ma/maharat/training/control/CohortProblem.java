package ma.maharat.training.control;

import java.util.List;

/** A detail of a cohort that breaks a rule: the form field it belongs to and a message key. */
public record CohortProblem(String field, String messageKey, List<Object> arguments) {

    public CohortProblem {
        arguments = List.copyOf(arguments);
    }

    static CohortProblem of(String field, String messageKey, Object... arguments) {
        return new CohortProblem(field, messageKey, List.of(arguments));
    }
}
