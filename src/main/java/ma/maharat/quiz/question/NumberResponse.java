package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The number typed for a numerical question. Reading it from what the trainee typed (decimal comma
 * in French, Arabic-Indic digits) is the user interface's job, which knows the trainee's locale.
 */
public record NumberResponse(BigDecimal value) implements Response {

    public NumberResponse {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A response from a plain decimal string such as {@code "3.14"}, within {@link Numbers}' bounds.
     *
     * @throws NumberFormatException when it is not such a number
     */
    public static NumberResponse of(String value) {
        return new NumberResponse(Numbers.read(value));
    }
}
