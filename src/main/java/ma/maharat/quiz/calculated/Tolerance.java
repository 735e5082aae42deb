package ma.maharat.quiz.calculated;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How far from the answer a trainee's number may be and still count: an absolute amount ({@code 0.5}) or
 * a share of the answer ({@code 2%}).
 */
public record Tolerance(BigDecimal amount, boolean relative) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Tolerance {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a tolerance is not negative: " + amount.toPlainString());
        }
    }

    /** The accepted distance from this answer. */
    public BigDecimal around(BigDecimal answer) {
        return relative ? answer.abs().multiply(amount).divide(HUNDRED, MathContext.DECIMAL64).stripTrailingZeros() : amount;
    }

    /** As the author wrote it: {@code 2%} or {@code 0.5}. */
    public String written() {
        return amount.stripTrailingZeros().toPlainString() + (relative ? "%" : "");
    }
}
