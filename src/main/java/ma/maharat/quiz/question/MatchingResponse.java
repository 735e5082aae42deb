package ma.maharat.quiz.question;

import java.util.Map;

/**
 * The answer chosen for each prompt of a matching question. Prompts are identified by position
 * rather than text because two prompts may have the same text; answers by text because that is what
 * the trainee picks from.
 *
 * @param answersByPair for a 0-based index in {@link MatchingQuestion#pairs()}, the chosen answer text;
 *                      prompts left unanswered are simply absent
 */
public record MatchingResponse(Map<Integer, String> answersByPair) implements Response {

    public MatchingResponse {
        answersByPair = Map.copyOf(answersByPair);
        if (answersByPair.keySet().stream().anyMatch(index -> index < 0)) {
            throw new IllegalArgumentException("a pair index cannot be negative: " + answersByPair.keySet());
        }
    }
}
