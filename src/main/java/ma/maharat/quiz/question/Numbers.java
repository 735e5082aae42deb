package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads written numbers within bounds, and gives equal numbers one representation so {@code 1.50} and
 * {@code 1.5} make equal records.
 *
 * <p>The bounds are what keep a number cheap: {@link BigDecimal} parses a million digits in seconds and
 * writes {@code 1e2147483647} out as a string of two billion characters. No measure of the trade needs
 * more than {@value #MAX_DIGITS} digits or an exponent beyond three digits, so longer numbers are
 * refused before {@link BigDecimal} sees them. The GIFT parser and the trainee's answers use the same
 * rule.
 */
public final class Numbers {

    /** The most digits a number may have, before and after the decimal point together. */
    public static final int MAX_DIGITS = 30;

    /**
     * Western digits, an optional decimal point and an optional exponent of at most three digits. The
     * quantifiers are possessive so that a long run of digits is read once, never backtracked.
     */
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?+(?:\\d++(?:\\.\\d*+)?+|\\.\\d++)(?:[eE][+-]?+\\d{1,3}+)?+");

    private Numbers() {
    }

    /**
     * The number written, such as {@code 156.5}, {@code -0.25} or {@code 1.5e3}.
     *
     * @throws NumberFormatException with a message for the author or the log when it is not such a
     *                               number, has more than {@link #MAX_DIGITS} digits or a longer exponent
     */
    public static BigDecimal read(String written) {
        // A long text cannot be a number within the bounds: refused before the pattern reads it.
        if (written.length() > MAX_DIGITS + 8 || !NUMBER.matcher(written).matches()) {
            throw new NumberFormatException("not a number of at most " + MAX_DIGITS
                    + " digits with an exponent of at most three digits");
        }
        if (digits(written) > MAX_DIGITS) {
            throw new NumberFormatException("more than " + MAX_DIGITS + " digits");
        }
        return new BigDecimal(written);
    }

    private static int digits(String written) {
        int count = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count;
    }

    static BigDecimal normalise(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }
}
