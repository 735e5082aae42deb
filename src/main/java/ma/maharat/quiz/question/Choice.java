package ma.maharat.quiz.question;

import java.util.Objects;

/**
 * One option of a single-choice or multiple-response question.
 *
 * @param text     what the trainee sees, never blank
 * @param weight   the share of the marks selecting it gives (negative to penalise)
 * @param feedback shown when it is selected; empty when none
 */
public record Choice(String text, Weight weight, String feedback) {

    public Choice {
        text = Whitespace.canonical(Objects.requireNonNull(text, "text"));
        Objects.requireNonNull(weight, "weight");
        feedback = Whitespace.canonical(Objects.requireNonNull(feedback, "feedback"));
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a choice has no text");
        }
    }

    /** A choice worth 100%, without feedback. */
    public static Choice correct(String text) {
        return new Choice(text, Weight.FULL, "");
    }

    /** A choice worth nothing, without feedback. */
    public static Choice wrong(String text) {
        return new Choice(text, Weight.NONE, "");
    }

    /** A choice worth {@code percent}, without feedback. */
    public static Choice weighted(String text, String percent) {
        return new Choice(text, Weight.of(percent), "");
    }

    public Choice withFeedback(String newFeedback) {
        return new Choice(text, weight, newFeedback);
    }
}
