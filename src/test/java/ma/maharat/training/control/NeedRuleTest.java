package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.training.entity.CourseTreatment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NeedRuleTest {

    private static final List<String> PROGRAMME = List.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing");

    @ParameterizedTest
    @CsvSource({"0,FULL", "1,FULL", "2,FULL", "3,SHORTENED", "4,OPTIONAL"})
    void eachScoreOfTheGridGivesItsTreatment(int score, CourseTreatment expected) {
        assertEquals(expected, NeedRule.treatmentFor("modeling", score));
    }

    @Test
    void anUnscoredTopicKeepsTheFullCourse() {
        assertEquals(CourseTreatment.FULL, NeedRule.treatmentFor("modeling", null));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5, Integer.MIN_VALUE, Integer.MAX_VALUE, 40})
    void aScoreOutsideZeroToFourIsRefusedNamingTheTopicAndTheScore(int score) {
        ProgrammeRuleViolation refused = assertThrows(ProgrammeRuleViolation.class, () -> NeedRule.treatmentFor("quality", score));
        assertEquals("personalised.scoreOutOfRange", refused.messageKey());
        assertArrayEquals(new Object[] {"quality", score}, refused.arguments());
    }

    @Test
    void theProposalFollowsTheProgrammesOrderAndGivesFullToMissingTopics() {
        Map<String, CourseTreatment> proposal = NeedRule.propose(PROGRAMME,
                Map.of("sourcing", 0, "modeling", 2, "prototyping", 3, "quality", 4));
        assertEquals(PROGRAMME, List.copyOf(proposal.keySet()));
        assertEquals(List.of(CourseTreatment.FULL, CourseTreatment.FULL, CourseTreatment.SHORTENED, CourseTreatment.OPTIONAL,
                CourseTreatment.FULL, CourseTreatment.FULL), List.copyOf(proposal.values()));
    }

    @Test
    void aTopicWithoutACourseIsIgnored() {
        Map<String, CourseTreatment> proposal = NeedRule.propose(List.of("modeling"), Map.of("management", 4, "modeling", 3));
        assertEquals(Map.of("modeling", CourseTreatment.SHORTENED), proposal);
    }

    @Test
    void aWrongScoreOfATopicWithoutACourseStillRefusesTheWholeGrid() {
        ProgrammeRuleViolation refused = assertThrows(ProgrammeRuleViolation.class,
                () -> NeedRule.propose(List.of("modeling"), Map.of("management", 7, "modeling", 3)));
        assertEquals("personalised.scoreOutOfRange", refused.messageKey());
    }

    @Test
    void noScoresAtAllGiveTheFullProgramme() {
        assertEquals(Map.of("sourcing", CourseTreatment.FULL, "modeling", CourseTreatment.FULL),
                NeedRule.propose(List.of("sourcing", "modeling"), null));
        assertEquals(Map.of("sourcing", CourseTreatment.FULL), NeedRule.propose(List.of("sourcing"), Map.of()));
    }

    @Test
    void aNullScoreCountsAsNotAssessed() {
        Map<String, Integer> scores = new HashMap<>();
        scores.put("modeling", null);
        assertEquals(Map.of("modeling", CourseTreatment.FULL), NeedRule.propose(List.of("modeling"), scores));
    }

    @Test
    void anEmptyProgrammeProposesNothing() {
        assertEquals(Map.of(), NeedRule.propose(List.of(), Map.of("modeling", 4)));
    }

    @Test
    void moreTopicsThanAnyGridAreRefused() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i <= NeedRule.MAX_TOPICS; i++) {
            scores.put("topic" + i, 1);
        }
        ProgrammeRuleViolation refused = assertThrows(ProgrammeRuleViolation.class, () -> NeedRule.propose(PROGRAMME, scores));
        assertEquals("personalised.tooManyTopics", refused.messageKey());
        scores.remove("topic0");
        assertEquals(PROGRAMME.size(), NeedRule.propose(PROGRAMME, scores).size(), "exactly the bound is accepted");
    }

    @Test
    void aLongTopicIsShortenedInTheMessage() {
        String topic = "x".repeat(500);
        ProgrammeRuleViolation refused = assertThrows(ProgrammeRuleViolation.class, () -> NeedRule.treatmentFor(topic, 9));
        assertEquals(41, ((String) refused.arguments()[0]).length());
    }

    @Test
    void theTreatmentsSayWhatCountsAndWhatIsRequired() {
        assertEquals(List.of(true, true, false), List.of(CourseTreatment.FULL.countsForProgramme(),
                CourseTreatment.SHORTENED.countsForProgramme(), CourseTreatment.OPTIONAL.countsForProgramme()));
        assertEquals(List.of(true, false, true), List.of(CourseTreatment.FULL.requiresPracticalWork(),
                CourseTreatment.SHORTENED.requiresPracticalWork(), CourseTreatment.OPTIONAL.requiresPracticalWork()));
    }
}
