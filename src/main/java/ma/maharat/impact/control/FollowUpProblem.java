package ma.maharat.impact.control;

import java.util.List;

/** Why one field of a follow-up cannot be kept: the field, a message key and its arguments. */
public record FollowUpProblem(String field, String messageKey, List<Object> arguments) {

    public FollowUpProblem {
        arguments = List.copyOf(arguments);
    }

    static FollowUpProblem of(String field, String messageKey, Object... arguments) {
        return new FollowUpProblem(field, messageKey, List.of(arguments));
    }
}
