package ma.maharat.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ma.maharat.trade.AqlSampling.InspectionLevel;
import ma.maharat.trade.AqlSampling.SamplingPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ISO 2859-1's Table 1 and Table 2-A at the cells the standard's users look up most, and at its edges. */
class AqlSamplingTest {

    @Test
    void theOrderOfFourteenHundredGarments() {
        SamplingPlan plan = AqlSampling.plan(1_400, InspectionLevel.II, 2.5);
        assertEquals('K', plan.codeLetter());
        assertEquals(125, plan.sampleSize());
        assertEquals(7, plan.accept());
        assertEquals(8, plan.reject());
        assertTrue(plan.accepts(7));
        assertFalse(plan.accepts(8));
        assertFalse(plan.inspectEveryPiece());
    }

    /** Table 1 at the first and last lot of each band it is easy to get wrong, at the three levels. */
    @ParameterizedTest
    @CsvSource({
        "2, A, A, B", "8, A, A, B", "9, A, B, C", "15, A, B, C", "16, B, C, D", "25, B, C, D", "26, C, D, E",
        "50, C, D, E", "51, C, E, F", "90, C, E, F", "91, D, F, G", "150, D, F, G", "151, E, G, H", "280, E, G, H",
        "281, F, H, J", "500, F, H, J", "501, G, J, K", "1200, G, J, K", "1201, H, K, L", "3200, H, K, L",
        "3201, J, L, M", "10000, J, L, M", "10001, K, M, N", "35000, K, M, N", "35001, L, N, P", "150000, L, N, P",
        "150001, M, P, Q", "500000, M, P, Q", "500001, N, Q, R", "10000000, N, Q, R",
    })
    void codeLetters(long lot, char levelOne, char levelTwo, char levelThree) {
        assertEquals(levelOne, AqlSampling.codeLetter(lot, InspectionLevel.I));
        assertEquals(levelTwo, AqlSampling.codeLetter(lot, InspectionLevel.II));
        assertEquals(levelThree, AqlSampling.codeLetter(lot, InspectionLevel.III));
    }

    /**
     * Table 2-A: plans on the diagonals, and the arrows. Lot sizes chosen for their letter at level II:
     * 2 → A, 20 → C, 30 → D, 60 → E, 100 → F, 200 → G, 500 → H, 1,000 → J, 1,400 → K, 5,000 → L, 20,000 → M.
     */
    @ParameterizedTest
    @CsvSource({
        // lot, AQL, sample size, Ac, Re
        "1400, 0.10, 125, 0, 1",     // K on the 0/1 diagonal
        "1400, 0.15, 80, 0, 1",      // arrow up: J's 0/1
        "1400, 0.25, 200, 1, 2",     // arrow down: L's 1/2
        "1400, 0.40, 125, 1, 2",
        "1400, 0.65, 125, 2, 3",
        "1400, 1.0, 125, 3, 4",
        "1400, 1.5, 125, 5, 6",
        "1400, 4.0, 125, 10, 11",
        "1400, 6.5, 125, 14, 15",
        "1400, 0.065, 200, 0, 1",    // above the diagonal: arrow down to L's 0/1
        "1400, 0.010, 1250, 0, 1",   // far above: down to Q
        "500, 4.0, 50, 5, 6",
        "500, 1.5, 50, 2, 3",
        "500, 0.65, 80, 1, 2",       // arrow down to J
        "1000, 2.5, 80, 5, 6",
        "200, 2.5, 32, 2, 3",
        "100, 2.5, 20, 1, 2",
        "30, 2.5, 5, 0, 1",          // D, just below C's 0/1: arrow up to it
        "60, 2.5, 20, 1, 2",         // E, two below: arrow down to F's 1/2
        "5000, 6.5, 200, 21, 22",    // the last plan of the diagonal
        "20000, 6.5, 200, 21, 22",   // below it: arrow up to L's 21/22
        "2, 2.5, 5, 0, 1",           // A above C's 0/1: the sample is larger than the lot
    })
    void plans(long lot, double aql, int sampleSize, int accept, int reject) {
        SamplingPlan plan = AqlSampling.plan(lot, InspectionLevel.II, aql);
        assertEquals(sampleSize, plan.sampleSize(), "sample size");
        assertEquals(accept, plan.accept(), "Ac");
        assertEquals(reject, plan.reject(), "Re");
    }

    @Test
    void aSampleAsLargeAsTheLotMeansInspectingEveryPiece() {
        assertTrue(AqlSampling.plan(2, InspectionLevel.II, 2.5).inspectEveryPiece());
        assertFalse(AqlSampling.plan(100, InspectionLevel.II, 2.5).inspectEveryPiece());
    }

    @Test
    void outsideTheTableIsRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> AqlSampling.plan(1, InspectionLevel.II, 2.5));
        assertThrows(IllegalArgumentException.class, () -> AqlSampling.plan(10_000_001, InspectionLevel.II, 2.5));
        assertThrows(IllegalArgumentException.class, () -> AqlSampling.plan(1_400, InspectionLevel.II, 3.0));
        assertThrows(IllegalArgumentException.class, () -> AqlSampling.plan(1_400, InspectionLevel.II, 10));
        IllegalArgumentException offTheTable = assertThrows(IllegalArgumentException.class,
                () -> AqlSampling.plan(600_000, InspectionLevel.III, 0.015));
        assertTrue(offTheTable.getMessage().contains("split the lot"), offTheTable.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AqlSampling.plan(1_400, InspectionLevel.II, 2.5).accepts(126));
    }
}
