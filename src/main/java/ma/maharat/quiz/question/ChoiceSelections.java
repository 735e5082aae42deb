package ma.maharat.quiz.question;

import java.util.Set;

/**
 * The choices selected in a multiple-response question; may be empty.
 *
 * @param indexes 0-based positions in {@link MultipleResponseQuestion#choices()}
 */
public record ChoiceSelections(Set<Integer> indexes) implements Response {

    public ChoiceSelections {
        indexes = Set.copyOf(indexes);
        if (indexes.stream().anyMatch(index -> index < 0)) {
            throw new IllegalArgumentException("a choice index cannot be negative: " + indexes);
        }
    }

    public static ChoiceSelections of(Integer... indexes) {
        return new ChoiceSelections(Set.of(indexes));
    }
}
