package ma.maharat.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A marker of four blouses, 4 m long on fabric 1.5 m wide, worked by hand. */
class FabricConsumptionTest {

    @Test
    void markerEfficiencyIsThePiecesShareOfTheMarker() {
        assertEquals(0.77, FabricConsumption.markerEfficiency(4.62, 4.0, 1.5), 1e-12);
        assertEquals(1.0, FabricConsumption.markerEfficiency(6.0, 4.0, 1.5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> FabricConsumption.markerEfficiency(6.1, 4.0, 1.5), "more pieces than marker");
    }

    @Test
    void fabricPerGarmentAndForTheOrder() {
        assertEquals(1.01, FabricConsumption.perGarment(4.0, 0.04, 4), 1e-12);
        // 1.01 m × 1,400 × 1.04 = 1,470.56 m: 1,471 m to buy.
        assertEquals(1_471, FabricConsumption.forOrder(1.01, 1_400, 0.04));
        assertEquals(350, FabricConsumption.forOrder(0.25, 1_400, 0), "an exact length buys no metre more");
    }

    @Test
    void absurdInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FabricConsumption.perGarment(4.0, 0.04, 0));
        assertThrows(IllegalArgumentException.class, () -> FabricConsumption.forOrder(1.0, 100, 0.9));
        assertThrows(IllegalArgumentException.class, () -> FabricConsumption.forOrder(Double.NaN, 100, 0.05));
    }
}
