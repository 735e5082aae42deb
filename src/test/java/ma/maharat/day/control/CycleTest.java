package ma.maharat.day.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CycleTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-04");

    private static Cycle cycle(long id, String first, String last) {
        return new Cycle(id, "Cycle " + id, LocalDate.parse(first), LocalDate.parse(last), Map.of());
    }

    @Test
    void theCycleUnderWayIsHers() {
        var over = cycle(1, "2026-01-05", "2026-03-05");
        var underWay = cycle(2, "2026-11-09", "2027-01-07");
        var coming = cycle(3, "2026-12-07", "2027-02-04");
        assertEquals(2, Cycle.current(List.of(over, coming, underWay), TODAY).orElseThrow().id());
    }

    @Test
    void itsFirstAndLastDaysBelongToIt() {
        assertEquals(5, Cycle.current(List.of(cycle(5, "2026-12-04", "2027-01-31")), TODAY).orElseThrow().id());
        assertEquals(6, Cycle.current(List.of(cycle(6, "2026-10-01", "2026-12-04"), cycle(7, "2026-12-20", "2027-02-01")), TODAY)
                .orElseThrow().id());
    }

    @Test
    void betweenCyclesTheNextOneIsShownElseTheLastOne() {
        var over = cycle(1, "2026-01-05", "2026-03-05");
        var later = cycle(3, "2027-03-01", "2027-05-01");
        var sooner = cycle(4, "2027-01-04", "2027-03-01");
        assertEquals(4, Cycle.current(List.of(over, later, sooner), TODAY).orElseThrow().id());
        assertEquals(8, Cycle.current(List.of(over, cycle(8, "2026-04-01", "2026-06-01")), TODAY).orElseThrow().id());
    }

    @Test
    void noCycleWithoutOne() {
        assertTrue(Cycle.current(List.of(), TODAY).isEmpty());
    }
}
