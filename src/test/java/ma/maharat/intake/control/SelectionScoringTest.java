package ma.maharat.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionScoringTest {

    private static final SelectionScoring.Weights DEFAULT = new SelectionScoring.Weights(60, 20, 20);

    @Test
    void greatestNeedSmallAndWomenLedScoresEverything() {
        SelectionScoring.Score score = SelectionScoring.score(DEFAULT, List.of(4, 4, 4, 4, 4, 4, 4), 8, true);
        assertEquals(new BigDecimal("60.0"), score.need());
        assertEquals(new BigDecimal("20.0"), score.size());
        assertEquals(new BigDecimal("20.0"), score.women());
        assertEquals(new BigDecimal("100.0"), score.total());
        assertTrue(score.assessed());
    }

    @Test
    void needIsTheAverageScoreOverFour() {
        // Average 2 of 4: half the need part.
        SelectionScoring.Score score = SelectionScoring.score(DEFAULT, List.of(0, 4, 2, 2, 1, 3, 2), 50, false);
        assertEquals(new BigDecimal("30.0"), score.need());
        assertEquals(new BigDecimal("0.0"), score.size());
        assertEquals(new BigDecimal("0.0"), score.women());
        assertEquals(new BigDecimal("30.0"), score.total());
    }

    @Test
    void greaterNeedScoresHigher() {
        SelectionScoring.Score needy = SelectionScoring.score(DEFAULT, List.of(3, 3, 3, 3, 3, 3, 3), 20, false);
        SelectionScoring.Score skilled = SelectionScoring.score(DEFAULT, List.of(1, 1, 1, 1, 1, 1, 1), 20, false);
        assertTrue(needy.total().compareTo(skilled.total()) > 0);
    }

    @Test
    void sizeFallsEvenlyFromTenToFiftyMembers() {
        SelectionScoring.Weights sizeOnly = new SelectionScoring.Weights(0, 100, 0);
        assertEquals(new BigDecimal("100.0"), SelectionScoring.score(sizeOnly, List.of(), 1, false).total());
        assertEquals(new BigDecimal("100.0"), SelectionScoring.score(sizeOnly, List.of(), 10, false).total());
        assertEquals(new BigDecimal("50.0"), SelectionScoring.score(sizeOnly, List.of(), 30, false).total());
        assertEquals(new BigDecimal("25.0"), SelectionScoring.score(sizeOnly, List.of(), 40, false).total());
        assertEquals(new BigDecimal("0.0"), SelectionScoring.score(sizeOnly, List.of(), 50, false).total());
        assertEquals(new BigDecimal("0.0"), SelectionScoring.score(sizeOnly, List.of(), 400, false).total());
    }

    @Test
    void weightsCountInProportion() {
        SelectionScoring.Score a = SelectionScoring.score(new SelectionScoring.Weights(3, 1, 1), List.of(2, 2, 2, 2, 2, 2, 2), 30, true);
        SelectionScoring.Score b = SelectionScoring.score(new SelectionScoring.Weights(60, 20, 20), List.of(2, 2, 2, 2, 2, 2, 2), 30, true);
        assertEquals(b, a);
        assertEquals(new BigDecimal("60.0"), a.total());
    }

    @Test
    void notVisitedHasNoNeedPartAndSaysSo() {
        SelectionScoring.Score score = SelectionScoring.score(DEFAULT, List.of(), 8, true);
        assertFalse(score.assessed());
        assertEquals(new BigDecimal("0.0"), score.need());
        assertEquals(new BigDecimal("40.0"), score.total());
    }

    @Test
    void womenLedBonusIsItsWeight() {
        SelectionScoring.Score led = SelectionScoring.score(DEFAULT, List.of(1, 1, 1, 1, 1, 1, 1), 20, true);
        SelectionScoring.Score notLed = SelectionScoring.score(DEFAULT, List.of(1, 1, 1, 1, 1, 1, 1), 20, false);
        assertEquals(new BigDecimal("20.0"), led.total().subtract(notLed.total()));
    }

    @Test
    void weightsOutOfRangeOrAllZeroAreRefused() {
        assertEquals("selection.weights.outOfRange", assertThrows(IntakeRuleViolation.class, () -> new SelectionScoring.Weights(-1, 20, 20)).messageKey());
        assertEquals("selection.weights.outOfRange", assertThrows(IntakeRuleViolation.class, () -> new SelectionScoring.Weights(60, 101, 20)).messageKey());
        assertEquals("selection.weights.allZero", assertThrows(IntakeRuleViolation.class, () -> new SelectionScoring.Weights(0, 0, 0)).messageKey());
    }
}
