package ma.maharat.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A line of 20 operators at 70 % on a garment of 24 standard minutes, 8 hours a day, worked by hand. */
class LineBalancingTest {

    @Test
    void output() {
        assertEquals(35.0, LineBalancing.outputPerHour(20, 24, 0.70), 1e-9);
        assertEquals(280, LineBalancing.outputPerDay(20, 24, 0.70, 8));
        assertEquals(279, LineBalancing.outputPerDay(20, 24.05, 0.70, 8), "a piece begun is not a piece made");
    }

    @Test
    void operatorsForATargetRoundUp() {
        // 300 × 24 / (8 × 60 × 0.7) = 21.43 operators: 22 people.
        assertEquals(22, LineBalancing.operatorsNeeded(300, 24, 0.70, 8));
        assertEquals(20, LineBalancing.operatorsNeeded(280, 24, 0.70, 8), "an exact count needs no one more");
    }

    @Test
    void daysForTheOrderOfFourteenHundredGarments() {
        assertEquals(5, LineBalancing.daysFor(1_400, 20, 24, 0.70, 8));
        assertEquals(6, LineBalancing.daysFor(1_401, 20, 24, 0.70, 8));
    }

    @Test
    void theEfficiencyALineReached() {
        assertEquals(0.70, LineBalancing.efficiency(280, 24, 20, 8), 1e-12);
    }

    @Test
    void absurdInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LineBalancing.outputPerHour(0, 24, 0.7));
        assertThrows(IllegalArgumentException.class, () -> LineBalancing.outputPerHour(20, 0, 0.7));
        assertThrows(IllegalArgumentException.class, () -> LineBalancing.daysFor(1_400, 1, 999, 0.05, 0.5), "no whole piece a day");
    }
}
