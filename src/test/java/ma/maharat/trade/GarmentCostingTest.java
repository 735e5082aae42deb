package ma.maharat.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A costing sheet worked by hand: a blouse of 1.6 m of fabric at 32 MAD, 24 standard minutes. */
class GarmentCostingTest {

    private static BigDecimal mad(String amount) {
        return new BigDecimal(amount);
    }

    private static GarmentCosting.Inputs blouse(String vat) {
        return new GarmentCosting.Inputs(mad("1.6"), mad("32"), mad("8.50"), mad("24"), mad("0.55"), mad("0.15"), mad("0.25"), mad(vat));
    }

    @Test
    void eachLineOfTheSheet() {
        GarmentCosting.Costing costing = GarmentCosting.of(blouse("0.20"));
        assertEquals(mad("51.20"), costing.fabric());
        assertEquals(mad("8.50"), costing.trims());
        assertEquals(mad("13.20"), costing.labour());
        assertEquals(mad("72.90"), costing.directCost());
        assertEquals(mad("10.94"), costing.overheads(), "10.935 rounded half up to the centime");
        assertEquals(mad("83.84"), costing.costPrice());
        assertEquals(mad("20.96"), costing.margin());
        assertEquals(mad("104.80"), costing.priceExcludingVat());
        assertEquals(mad("20.96"), costing.vat());
        assertEquals(mad("125.76"), costing.priceIncludingVat());
    }

    @Test
    void theLinesAddUpToTheTotalsExactly() {
        GarmentCosting.Costing costing = GarmentCosting.of(new GarmentCosting.Inputs(mad("1.37"), mad("41.33"), mad("3.17"),
                mad("17.3"), mad("0.4471"), mad("0.173"), mad("0.31"), GarmentCosting.MOROCCAN_VAT));
        assertEquals(costing.directCost(), costing.fabric().add(costing.trims()).add(costing.labour()));
        assertEquals(costing.costPrice(), costing.directCost().add(costing.overheads()));
        assertEquals(costing.priceExcludingVat(), costing.costPrice().add(costing.margin()));
        assertEquals(costing.priceIncludingVat(), costing.priceExcludingVat().add(costing.vat()));
    }

    @Test
    void anExportOrderCarriesNoVat() {
        GarmentCosting.Costing costing = GarmentCosting.of(blouse("0"));
        assertEquals(0, costing.vat().signum());
        assertEquals(costing.priceExcludingVat(), costing.priceIncludingVat());
    }

    @Test
    void theMinuteCostOfALine() {
        // 20 operators, 26 days of 8 hours at 70 %: 174,720 standard minutes for 60,000 MAD a month.
        assertEquals(mad("0.3434"), GarmentCosting.minuteCost(mad("60000"), 20, 26, mad("8"), mad("0.70")));
    }

    @Test
    void absurdInputsAreRefusedByName() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new GarmentCosting.Inputs(mad("-1"), mad("32"), mad("0"), mad("24"), mad("0.55"), mad("0.15"), mad("0.25"), mad("0.2")));
        assertTrue(negative.getMessage().startsWith("fabric per garment"), negative.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new GarmentCosting.Inputs(mad("1"), mad("32"), mad("0"), mad("24"), mad("0.55"), mad("0.15"), mad("0.25"), mad("1.2")));
        assertThrows(IllegalArgumentException.class, () -> GarmentCosting.minuteCost(mad("60000"), 0, 26, mad("8"), mad("0.7")));
        assertThrows(IllegalArgumentException.class, () -> GarmentCosting.minuteCost(mad("60000"), 20, 26, mad("8"), mad("0")));
    }
}
