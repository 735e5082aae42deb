package ma.maharat.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A chest of 96 cm in size 42, graded 4 cm a size up to 44 and 5 cm after. */
class SizeGradingTest {

    private static final List<String> SIZES = List.of("38", "40", "42", "44", "46");

    @Test
    void gradedUpAndDownFromTheBase() {
        assertEquals(List.of(88.0, 92.0, 96.0, 100.0, 105.0), SizeGrading.grade(SIZES, "42", 96, List.of(4.0, 4.0, 4.0, 5.0)));
    }

    @Test
    void toTheMillimetre() {
        assertEquals(List.of(60.0, 61.3, 62.5), SizeGrading.grade(List.of("S", "M", "L"), "S", 60, List.of(1.25, 1.25)));
    }

    @Test
    void aRuleThatDoesNotFitTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SizeGrading.grade(SIZES, "42", 96, List.of(4.0, 4.0)));
        assertThrows(IllegalArgumentException.class, () -> SizeGrading.grade(SIZES, "48", 96, List.of(4.0, 4.0, 4.0, 5.0)));
    }
}
