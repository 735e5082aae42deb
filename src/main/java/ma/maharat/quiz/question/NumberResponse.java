package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number typed for a numerical question, and the text she typed it as. Reading the number from
 * what the trainee typed (decimal comma in French, Arabic-Indic digits) is the user interface's job,
 * which knows the trainee's locale; the text is kept so that her pages show her answer as she wrote it
 * («0,44», «٠٫٤٤»). Only the number is graded.
 *
 * @param typed what she typed, or null when only the number is known (answers saved before the text
 *     was kept, or sent by a script)
 */
public record NumberResponse(BigDecimal value, String typed) implements Response {

    /** The longest typed text kept: thirty digits with their separators, signs and an exponent. */
    public static final int MAX_TYPED_LENGTH = 48;

    /** Digits (Latin, Arabic-Indic, Persian), decimal and group separators, signs, an exponent and spaces: nothing else. */
    private static final Pattern TYPED = Pattern.compile("[0-9\\u0660-\\u0669\\u06F0-\\u06F9.,\\u066B\\u066C+\\-\\u2212eE \\u00A0\\u202F]+");

    public NumberResponse {
        Objects.requireNonNull(value, "value");
        if (typed != null && (typed.isEmpty() || typed.length() > MAX_TYPED_LENGTH || !TYPED.matcher(typed).matches())) {
            throw new NumberFormatException("not a number as typed: at most " + MAX_TYPED_LENGTH + " digits, separators and signs");
        }
    }

    public NumberResponse(BigDecimal value) {
        this(value, null);
    }

    /**
     * A response from a plain decimal string such as {@code "3.14"}, within {@link Numbers}' bounds.
     *
     * @throws NumberFormatException when it is not such a number
     */
    public static NumberResponse of(String value) {
        return new NumberResponse(Numbers.read(value));
    }

    /**
     * A response from a plain decimal string and the text it was typed as ({@code "0.44"}, {@code "0,44"}).
     *
     * @throws NumberFormatException when either is not such a number
     */
    public static NumberResponse of(String value, String typed) {
        return new NumberResponse(Numbers.read(value), typed == null ? null : typed.strip());
    }
}
