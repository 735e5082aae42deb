package ma.maharat.intake.entity;

import java.time.LocalDate;
import java.util.Map;

/** What an assessor types about a visit; scores and comments by topic (a topic may be missing until checked). */
public record AssessmentDetails(LocalDate visitedOn, String companions, Map<Topic, Integer> scores, Map<Topic, String> comments,
        String observations) {

    public AssessmentDetails {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        comments = comments == null ? Map.of() : comments.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
