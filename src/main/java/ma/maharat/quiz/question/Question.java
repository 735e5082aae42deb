package ma.maharat.quiz.question;

/**
 * A question a trainee can answer and be graded on automatically.
 *
 * <p>Sealed so that every {@code instanceof} chain over question types (grading, writing, rendering)
 * can be reviewed against a closed list. The shared parts live in {@link #header()}; the default
 * methods are shortcuts to them.
 */
public sealed interface Question
        permits SingleChoiceQuestion, MultipleResponseQuestion, TrueFalseQuestion, ShortAnswerQuestion,
        NumericalQuestion, MatchingQuestion {

    QuestionHeader header();

    QuestionType type();

    default String name() {
        return header().name();
    }

    default String category() {
        return header().category();
    }

    default String text() {
        return header().text();
    }

    default TextFormat format() {
        return header().format();
    }

    default String generalFeedback() {
        return header().generalFeedback();
    }
}
