package ma.maharat.quiz.question;

import java.util.Objects;

/**
 * A statement the trainee declares true or false; all or nothing.
 *
 * <p>Feedback follows GIFT's {@code {T#wrong feedback#right feedback}}: it is tied to whether the
 * trainee was right, not to which button was pressed.
 *
 * @param correctAnswer whether the statement is true
 * @param wrongFeedback shown to a trainee who answered wrongly; empty when none
 * @param rightFeedback shown to a trainee who answered rightly; empty when none
 */
public record TrueFalseQuestion(QuestionHeader header, boolean correctAnswer, String wrongFeedback,
        String rightFeedback) implements Question {

    public TrueFalseQuestion {
        Objects.requireNonNull(header, "header");
        wrongFeedback = Whitespace.canonical(Objects.requireNonNull(wrongFeedback, "wrongFeedback"));
        rightFeedback = Whitespace.canonical(Objects.requireNonNull(rightFeedback, "rightFeedback"));
    }

    /** A true/false question without feedback. */
    public static TrueFalseQuestion of(QuestionHeader header, boolean correctAnswer) {
        return new TrueFalseQuestion(header, correctAnswer, "", "");
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }

    /** 1 when the trainee's verdict matches, else 0. */
    public double score(TrueFalseResponse response) {
        return response.value() == correctAnswer ? 1.0 : 0.0;
    }
}
