package ma.maharat.quiz.question;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question where each prompt must be paired with its answer; every right pair earns an equal share.
 *
 * @param pairs at least 2 (Moodle's minimum), in the author's order; the response refers to them by index
 */
public record MatchingQuestion(QuestionHeader header, List<MatchingPair> pairs) implements Question {

    public MatchingQuestion {
        Objects.requireNonNull(header, "header");
        pairs = List.copyOf(pairs);
        if (pairs.size() < 2) {
            throw new IllegalArgumentException("a matching question needs at least 2 pairs, found " + pairs.size());
        }
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }

    /** The fraction of pairs the trainee matched to their right answer; unanswered pairs count as wrong. */
    public double score(MatchingResponse response) {
        int right = 0;
        for (Map.Entry<Integer, String> entry : response.answersByPair().entrySet()) {
            int index = entry.getKey();
            if (index >= pairs.size()) {
                throw new IllegalArgumentException(
                        "pair " + index + " does not exist; the question has " + pairs.size() + " pairs");
            }
            if (pairs.get(index).answer().equals(Whitespace.canonical(entry.getValue()))) {
                right++;
            }
        }
        return (double) right / pairs.size();
    }
}
