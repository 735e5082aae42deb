package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number and how far from it an answer may be, inclusive: {@code 3.14:0.01} accepts 3.13 to 3.15.
 * Exact decimal arithmetic makes the edges exact, where binary doubles would reject 3.15.
 *
 * @param value     the expected number
 * @param tolerance the accepted distance, zero or more
 */
public record ValueWithTolerance(BigDecimal value, BigDecimal tolerance) implements NumericTarget {

    public ValueWithTolerance {
        value = Numbers.normalise(Objects.requireNonNull(value, "value"));
        tolerance = Numbers.normalise(Objects.requireNonNull(tolerance, "tolerance"));
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException(
                    "the tolerance must not be negative, found " + tolerance.toPlainString());
        }
    }

    /** Exactly {@code value}, no tolerance. */
    public static ValueWithTolerance exactly(String value) {
        return new ValueWithTolerance(new BigDecimal(value), BigDecimal.ZERO);
    }

    /** {@code value} give or take {@code tolerance}. */
    public static ValueWithTolerance of(String value, String tolerance) {
        return new ValueWithTolerance(new BigDecimal(value), new BigDecimal(tolerance));
    }

    @Override
    public boolean accepts(BigDecimal number) {
        return number.subtract(value).abs().compareTo(tolerance) <= 0;
    }
}
