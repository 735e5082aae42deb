package ma.maharat.quiz.question;

import java.math.BigDecimal;

/**
 * Which numbers a numerical answer accepts. GIFT has two ways to say it, a value with a tolerance
 * ({@code 1822:5}) and a range ({@code 1817..1827}); both are kept as written, so that an exported
 * bank reads like the one the author wrote.
 */
public sealed interface NumericTarget permits ValueWithTolerance, ValueRange {

    /** Whether {@code number} is accepted; bounds are inclusive. */
    boolean accepts(BigDecimal number);
}
