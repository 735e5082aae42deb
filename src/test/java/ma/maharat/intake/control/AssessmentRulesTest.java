package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ma.maharat.intake.entity.AssessmentDetails;
import ma.maharat.intake.entity.Topic;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final LocalDate CALL = LocalDate.of(2026, 5, 1);

    private static Map<Topic, Integer> all(int score) {
        Map<Topic, Integer> scores = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            scores.put(topic, score);
        }
        return scores;
    }

    private static List<String> problems(AssessmentDetails details) {
        return AssessmentRules.check(details, TODAY, CALL).problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void everyTopicScoredZeroToFourIsAccepted() {
        for (int score = 0; score <= 4; score++) {
            AssessmentRules.Checked checked = AssessmentRules.check(new AssessmentDetails(TODAY, "  Fatma  ", all(score),
                    Map.of(Topic.QUALITY, "  finitions  "), null), TODAY, CALL);
            assertTrue(checked.valid(), checked.problems().toString());
            assertEquals("Fatma", checked.details().companions());
            assertEquals("finitions", checked.details().comments().get(Topic.QUALITY));
        }
    }

    @Test
    void scoresOutOfRangeOrMissingAreRefusedByTopic() {
        Map<Topic, Integer> scores = all(2);
        scores.put(Topic.QUALITY, 5);
        scores.put(Topic.MARKETING, -1);
        scores.remove(Topic.SOURCING);
        assertEquals(List.of("score-sourcing selection.assessment.scoreMissing", "score-quality selection.assessment.scoreOutOfRange",
                "score-marketing selection.assessment.scoreOutOfRange"), problems(new AssessmentDetails(TODAY, null, scores, null, null)));
    }

    @Test
    void theVisitIsNeitherInTheFutureNorBeforeTheCallNorMissing() {
        assertEquals(List.of("visited-on selection.assessment.visitInFuture"),
                problems(new AssessmentDetails(TODAY.plusDays(1), null, all(1), null, null)));
        assertEquals(List.of("visited-on selection.assessment.visitBeforeCall"),
                problems(new AssessmentDetails(CALL.minusDays(1), null, all(1), null, null)));
        assertEquals(List.of("visited-on intake.required"), problems(new AssessmentDetails(null, null, all(1), null, null)));
    }

    @Test
    void textsAreBounded() {
        assertEquals(List.of("comment-management selection.assessment.commentTooLong", "companions intake.tooLong",
                "observations intake.tooLong"), problems(new AssessmentDetails(TODAY, "x".repeat(301), all(1),
                Map.of(Topic.MANAGEMENT, "y".repeat(1001)), "z".repeat(4001))));
    }
}
