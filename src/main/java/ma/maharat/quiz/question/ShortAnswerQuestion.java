package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A question answered by typing a short text, compared with a list of accepted answers.
 *
 * <p>GIFT compares without regard to case and cannot say otherwise; {@code caseSensitive} lets a
 * question demand exact case (chemical symbols, code). The GIFT writer records it in a comment line
 * that Moodle ignores, see {@code ma.maharat.quiz.gift}.
 *
 * @param answers       the accepted answers, at least one worth 100%
 * @param caseSensitive whether "Paris" and "paris" differ
 */
public record ShortAnswerQuestion(QuestionHeader header, List<AcceptedAnswer> answers, boolean caseSensitive)
        implements Question {

    public ShortAnswerQuestion {
        Objects.requireNonNull(header, "header");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a short-answer question needs at least one answer");
        }
        if (answers.stream().noneMatch(answer -> answer.weight().isFull())) {
            throw new IllegalArgumentException("no answer is worth 100%");
        }
    }

    /** A case-insensitive question, as GIFT defines them. */
    public static ShortAnswerQuestion of(QuestionHeader header, List<AcceptedAnswer> answers) {
        return new ShortAnswerQuestion(header, answers, false);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_ANSWER;
    }

    /** The best weight among the accepted answers the trainee's text matches, as a fraction; 0 if none. */
    public double score(TextResponse response) {
        BigDecimal best = BigDecimal.ZERO;
        for (AcceptedAnswer answer : answers) {
            if (answer.matches(response.text(), caseSensitive) && answer.weight().fraction().compareTo(best) > 0) {
                best = answer.weight().fraction();
            }
        }
        return Scores.clamp(best);
    }
}
