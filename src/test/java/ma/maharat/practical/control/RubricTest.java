package ma.maharat.practical.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rubric's rules: a level for every criterion, only the criterion's own levels, and a pass only when
 * every criterion reaches the pass level. Criteria 1 and 2 each have levels worth 0, 1, 2 and 3 points
 * (ids 10–13 and 20–23); the pass level is worth 2.
 */
class RubricTest {

    private static final Rubric RUBRIC = new Rubric(2, List.of(
            new Rubric.Criterion(1, List.of(new Rubric.Level(10, 0), new Rubric.Level(11, 1), new Rubric.Level(12, 2), new Rubric.Level(13, 3))),
            new Rubric.Criterion(2, List.of(new Rubric.Level(20, 0), new Rubric.Level(21, 1), new Rubric.Level(22, 2), new Rubric.Level(23, 3)))));

    @Test
    void everyCriterionAtThePassLevelOrAbovePasses() {
        assertTrue(RUBRIC.passes(Map.of(1L, 12L, 2L, 23L)));
        assertTrue(RUBRIC.passes(Map.of(1L, 13L, 2L, 22L)));
    }

    @Test
    void oneCriterionBelowThePassLevelIsEnoughToNotPass() {
        assertFalse(RUBRIC.passes(Map.of(1L, 13L, 2L, 21L)));
        assertFalse(RUBRIC.passes(Map.of(1L, 10L, 2L, 23L)));
    }

    @Test
    void aCriterionWithoutALevelIsRefusedAndNamed() {
        Rubric.RubricViolation refused = assertThrows(Rubric.RubricViolation.class, () -> RUBRIC.passes(Map.of(1L, 12L)));
        assertEquals("practical.levelMissing", refused.messageKey());
        assertEquals(List.of(2L), refused.criteria());
    }

    @Test
    void aLevelOfAnotherCriterionIsRefused() {
        Rubric.RubricViolation refused = assertThrows(Rubric.RubricViolation.class, () -> RUBRIC.passes(Map.of(1L, 22L, 2L, 22L)));
        assertEquals("practical.levelUnknown", refused.messageKey());
        assertEquals(List.of(1L), refused.criteria());
    }

    @Test
    void levelsGivenForCriteriaNoLongerInTheRubricAreIgnored() {
        assertTrue(RUBRIC.passes(Map.of(1L, 12L, 2L, 22L, 99L, 990L)));
    }
}
