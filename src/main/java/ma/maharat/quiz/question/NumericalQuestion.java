package ma.maharat.quiz.question;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A question answered with a number; several answers let close-but-not-quite numbers earn part of
 * the marks ({@code =%100%1822:0 =%50%1822:2}).
 *
 * @param answers the accepted numbers, at least one worth 100%
 */
public record NumericalQuestion(QuestionHeader header, List<NumericalAnswer> answers) implements Question {

    public NumericalQuestion {
        Objects.requireNonNull(header, "header");
        answers = List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a numerical question needs at least one answer");
        }
        if (answers.stream().noneMatch(answer -> answer.weight().isFull())) {
            throw new IllegalArgumentException("no answer is worth 100%");
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.NUMERICAL;
    }

    /** The best weight among the answers accepting the trainee's number, as a fraction; 0 if none. */
    public double score(NumberResponse response) {
        BigDecimal best = BigDecimal.ZERO;
        for (NumericalAnswer answer : answers) {
            if (answer.target().accepts(response.value()) && answer.weight().fraction().compareTo(best) > 0) {
                best = answer.weight().fraction();
            }
        }
        return Scores.clamp(best);
    }
}
