package ma.maharat.quiz.question;

import java.math.BigDecimal;

/** Keeps every score in [0, 1], whatever penalties or rounding produced it. */
final class Scores {

    private Scores() {
    }

    static double clamp(BigDecimal fraction) {
        if (fraction.signum() <= 0) {
            return 0.0;
        }
        if (fraction.compareTo(BigDecimal.ONE) >= 0) {
            return 1.0;
        }
        return fraction.doubleValue();
    }
}
