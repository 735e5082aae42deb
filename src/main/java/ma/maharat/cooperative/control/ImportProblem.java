package ma.maharat.cooperative.control;

import java.util.List;

/**
 * Why one line of an imported file is refused: the line as a spreadsheet numbers it (the header is
 * line 1), the column at fault when there is one, and a message key of the bundle with its arguments.
 */
public record ImportProblem(int line, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem at(int line, String column, String messageKey, Object... arguments) {
        return new ImportProblem(line, column, messageKey, List.of(arguments));
    }
}
