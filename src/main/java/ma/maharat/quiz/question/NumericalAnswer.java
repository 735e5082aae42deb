package ma.maharat.quiz.question;

import java.util.Objects;

/**
 * One set of numbers a numerical question accepts, with the credit it gives.
 *
 * @param target   the accepted numbers
 * @param weight   the credit, from 0% to 100% (Moodle allows no penalty here)
 * @param feedback shown when the trainee's number is accepted by this answer; empty when none
 */
public record NumericalAnswer(NumericTarget target, Weight weight, String feedback) {

    public NumericalAnswer {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(weight, "weight");
        feedback = Whitespace.canonical(Objects.requireNonNull(feedback, "feedback"));
        if (weight.isNegative()) {
            throw new IllegalArgumentException(
                    "negative weights are only allowed in multiple-choice answers, not " + weight);
        }
    }

    /** A fully correct answer without feedback. */
    public static NumericalAnswer of(NumericTarget target) {
        return new NumericalAnswer(target, Weight.FULL, "");
    }
}
