package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A question where the trainee may select several choices; the weights of the selected ones add up.
 *
 * <p>The positive weights must add up to 100% (Moodle's own rule, rounded to whole percent so that
 * three choices of {@code 33.33333%} are accepted): otherwise selecting every right choice would not
 * give full marks, or a partial selection could already give them. Negative weights make guessing
 * costly; the total is clamped to [0, 1].
 */
public record MultipleResponseQuestion(QuestionHeader header, List<Choice> choices) implements Question {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MultipleResponseQuestion {
        Objects.requireNonNull(header, "header");
        choices = List.copyOf(choices);
        if (choices.size() < 2) {
            throw new IllegalArgumentException(
                    "a multiple-choice question needs at least 2 choices, found " + choices.size());
        }
        BigDecimal positive = choices.stream()
                .map(Choice::weight)
                .filter(Weight::isPositive)
                .map(Weight::percent)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (positive.signum() == 0) {
            throw new IllegalArgumentException("no choice has a positive weight");
        }
        if (positive.setScale(0, RoundingMode.HALF_UP).compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("the positive weights add up to "
                    + positive.stripTrailingZeros().toPlainString() + "% instead of 100%");
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_RESPONSE;
    }

    /** The sum of the selected choices' weights as a fraction, clamped to [0, 1]. */
    public double score(ChoiceSelections response) {
        BigDecimal total = BigDecimal.ZERO;
        for (int index : response.indexes()) {
            if (index >= choices.size()) {
                throw new IllegalArgumentException(
                        "choice " + index + " does not exist; the question has " + choices.size() + " choices");
            }
            total = total.add(choices.get(index).weight().fraction());
        }
        return Scores.clamp(total);
    }
}
