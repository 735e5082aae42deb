package ma.maharat.quiz.question;

import java.util.Objects;

/**
 * One item to match and its right answer. The prompt may not contain {@code ->}, which GIFT uses to
 * separate the two sides and cannot escape.
 *
 * @param prompt the item shown on the left, never blank
 * @param answer the answer that belongs to it, never blank; several prompts may share one answer
 */
public record MatchingPair(String prompt, String answer) {

    public MatchingPair {
        prompt = Whitespace.canonical(Objects.requireNonNull(prompt, "prompt"));
        answer = Whitespace.canonical(Objects.requireNonNull(answer, "answer"));
        if (prompt.isEmpty()) {
            throw new IllegalArgumentException("a matching pair has no prompt before '->'");
        }
        if (answer.isEmpty()) {
            throw new IllegalArgumentException("a matching pair has no answer after '->'");
        }
        if (prompt.contains("->")) {
            throw new IllegalArgumentException("a matching prompt cannot contain '->'");
        }
    }
}
