package ma.maharat.quiz.gift;

import java.io.Serializable;
import java.util.Objects;

/**
 * A problem in a GIFT file, located so an author can fix it without guessing.
 *
 * @param line    1-based line number
 * @param column  1-based column of the offending character, counted in Unicode code points (a tab
 *                counts as one), so Arabic and Latin text are counted alike
 * @param message what is wrong, in English
 */
public record GiftError(int line, int column, String message) implements Serializable {

    public GiftError {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
