package ma.maharat.intake.control;

import java.util.List;

/** A field of a call or an application that breaks a rule: the field's id on the form and a message key. */
public record IntakeProblem(String field, String messageKey, List<Object> arguments) {

    public IntakeProblem {
        arguments = List.copyOf(arguments);
    }

    static IntakeProblem of(String field, String messageKey, Object... arguments) {
        return new IntakeProblem(field, messageKey, List.of(arguments));
    }
}
