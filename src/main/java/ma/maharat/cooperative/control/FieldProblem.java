package ma.maharat.cooperative.control;

import java.util.List;

/** A detail of a cooperative that breaks a rule: the field (named as its CSV column) and a message key. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
