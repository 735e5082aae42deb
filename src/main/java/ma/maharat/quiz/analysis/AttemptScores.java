package ma.maharat.quiz.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one finished attempt earned on each question it contained, as a fraction of the question's
 * marks. Questions are drawn at random from a bank, so an attempt need not contain every question of
 * the quiz; a question it did not contain is absent from the map, which is not the same as a zero.
 *
 * @param attemptId the attempt, to trace a figure back to it
 * @param fractionByQuestion question name to fraction earned, each in [0, 1]
 */
public record AttemptScores(long attemptId, Map<String, Double> fractionByQuestion) {

    /** @throws IllegalArgumentException if the map, a name or a fraction is missing, or a fraction is outside [0, 1] */
    public AttemptScores {
        if (fractionByQuestion == null) {
            throw new IllegalArgumentException("Attempt " + attemptId + " has no scores");
        }
        fractionByQuestion.forEach((question, fraction) -> {
            if (question == null || question.isBlank()) {
                throw new IllegalArgumentException("Attempt " + attemptId + " has a question without a name");
            }
            // Written as "not inside" so that NaN, which fails every comparison, is refused as well.
            if (fraction == null || !(fraction >= 0.0 && fraction <= 1.0)) {
                throw new IllegalArgumentException("Attempt " + attemptId + " scored " + fraction + " on " + question + "; a fraction must lie in [0, 1]");
            }
        });
        // Sorted, so that the rest score of an attempt always sums its questions in the same order.
        fractionByQuestion = Collections.unmodifiableMap(new TreeMap<>(fractionByQuestion));
    }
}
