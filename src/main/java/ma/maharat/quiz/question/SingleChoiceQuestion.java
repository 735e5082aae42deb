package ma.maharat.quiz.question;

import java.util.List;
import java.util.Objects;

/**
 * A question where the trainee picks exactly one choice.
 *
 * <p>As in Moodle, a wrong choice may still carry partial (or negative) credit, and several choices
 * may be worth 100%; at least one must be, or full marks would be out of reach.
 */
public record SingleChoiceQuestion(QuestionHeader header, List<Choice> choices) implements Question {

    public SingleChoiceQuestion {
        Objects.requireNonNull(header, "header");
        choices = List.copyOf(choices);
        if (choices.size() < 2) {
            throw new IllegalArgumentException(
                    "a multiple-choice question needs at least 2 choices, found " + choices.size());
        }
        if (choices.stream().noneMatch(choice -> choice.weight().isFull())) {
            throw new IllegalArgumentException("no choice is worth 100%");
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }

    /** The weight of the selected choice as a fraction, negative weights scoring 0. */
    public double score(ChoiceSelection response) {
        int index = response.index();
        if (index >= choices.size()) {
            throw new IllegalArgumentException(
                    "choice " + index + " does not exist; the question has " + choices.size() + " choices");
        }
        return Scores.clamp(choices.get(index).weight().fraction());
    }
}
