package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numbers from {@code min} to {@code max}, both included.
 *
 * @param min the smallest accepted number
 * @param max the largest accepted number, not below {@code min}
 */
public record ValueRange(BigDecimal min, BigDecimal max) implements NumericTarget {

    public ValueRange {
        min = Numbers.normalise(Objects.requireNonNull(min, "min"));
        max = Numbers.normalise(Objects.requireNonNull(max, "max"));
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("the range minimum " + min.toPlainString()
                    + " is greater than its maximum " + max.toPlainString());
        }
    }

    /** The range written as decimal strings. */
    public static ValueRange of(String min, String max) {
        return new ValueRange(new BigDecimal(min), new BigDecimal(max));
    }

    @Override
    public boolean accepts(BigDecimal number) {
        return min.compareTo(number) <= 0 && number.compareTo(max) <= 0;
    }
}
