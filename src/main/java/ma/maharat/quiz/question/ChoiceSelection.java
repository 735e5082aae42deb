package ma.maharat.quiz.question;

/**
 * The one choice selected in a single-choice question.
 *
 * @param index the 0-based position of the choice in {@link SingleChoiceQuestion#choices()}
 */
public record ChoiceSelection(int index) implements Response {

    public ChoiceSelection {
        if (index < 0) {
            throw new IllegalArgumentException("a choice index cannot be negative: " + index);
        }
    }
}
