package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The share of a question's marks an answer is worth, in percent, from -100 to 100.
 *
 * <p>Kept as a {@link BigDecimal} so that weights such as {@code 33.33333} survive a GIFT round trip
 * digit for digit and sums are exact; the value is normalised (trailing zeros stripped) so that
 * {@code 50}, {@code 50.0} and {@code 50.00} are equal.
 */
public record Weight(BigDecimal percent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A fully correct answer. */
    public static final Weight FULL = new Weight(HUNDRED);

    /** An answer worth nothing. */
    public static final Weight NONE = new Weight(BigDecimal.ZERO);

    public Weight {
        Objects.requireNonNull(percent, "percent");
        if (percent.abs().compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "weight " + percent.toPlainString() + "% is outside the range -100% to 100%");
        }
        percent = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    }

    /** A weight of a whole number of percent. */
    public static Weight of(long percent) {
        return new Weight(BigDecimal.valueOf(percent));
    }

    /** A weight written as a decimal number of percent, e.g. {@code "33.33333"} or {@code "-50"}. */
    public static Weight of(String percent) {
        return new Weight(new BigDecimal(percent));
    }

    /** The weight as a fraction of the question's marks: {@code 50%} is {@code 0.5}. */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    public boolean isFull() {
        return percent.compareTo(HUNDRED) == 0;
    }

    public boolean isPositive() {
        return percent.signum() > 0;
    }

    public boolean isNegative() {
        return percent.signum() < 0;
    }

    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
