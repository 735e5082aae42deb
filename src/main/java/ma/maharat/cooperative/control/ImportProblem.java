package ma.maharat.cooperative.control;

import java.io.Serializable;
import java.util.List;

/**
 * Why one line of an imported file is refused: the line as a spreadsheet numbers it (the header is
 * line 1), the column at fault when there is one, and a message key of the bundle with its arguments.
 */
public record ImportProblem(int line, String column, String messageKey, List<Serializable> arguments) implements Serializable {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem at(int line, String column, String messageKey, Serializable... arguments) {
        return new ImportProblem(line, column, messageKey, List.of(arguments));
    }

    /** For a rule's problem, whose arguments (numbers, words) are kept as they are, or as their text. */
    static ImportProblem of(int line, String column, String messageKey, List<?> arguments) {
        return new ImportProblem(line, column, messageKey, arguments.stream()
                .map(argument -> argument instanceof Serializable serializable ? serializable : String.valueOf(argument)).toList());
    }
}
