package ma.maharat.quiz.question;

import java.math.BigDecimal;

/** Gives equal numbers one representation, so {@code 1.50} and {@code 1.5} make equal records. */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal normalise(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }
}
