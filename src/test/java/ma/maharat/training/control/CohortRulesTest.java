package ma.maharat.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.junit.jupiter.api.Test;

class CohortRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static CohortRules.Checked check(String name, LocalDate start, LocalDate end, List<Long> cooperatives, List<Long> courses) {
        return CohortRules.check(new CohortDetails(name, start, end, cooperatives, courses));
    }

    private static List<String> keys(CohortRules.Checked checked) {
        return checked.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aNamedPeriodWithCooperativesAndCoursesIsValidAndTidied() {
        CohortRules.Checked checked = check("  Cycle 1 \t — 2026 ", START, START.plusDays(59), List.of(3L, 1L, 3L), List.of(7L, 2L, 7L, 5L));
        assertTrue(checked.valid());
        assertEquals("Cycle 1 — 2026", checked.details().name());
        assertEquals(List.of(3L, 1L), checked.details().cooperativeIds());
        assertEquals(List.of(7L, 2L, 5L), checked.details().courseIds(), "a course repeated keeps its first place");
    }

    @Test
    void endOnOrBeforeTheStartIsRefusedOnTheEndDate() {
        assertEquals(List.of("end-date:cohort.endNotAfterStart"), keys(check("Cycle", START, START, List.of(1L), List.of(1L))));
        assertEquals(List.of("end-date:cohort.endNotAfterStart"), keys(check("Cycle", START, START.minusDays(1), List.of(1L), List.of(1L))));
        assertTrue(check("Cycle", START, START.plusDays(1), List.of(1L), List.of(1L)).valid());
    }

    @Test
    void everyMissingDetailIsReportedAtOnce() {
        assertEquals(List.of("name:cohort.required", "start-date:cohort.required", "end-date:cohort.required",
                "cooperatives:cohort.noCooperative", "programme:cohort.noCourse"), keys(check("  ", null, null, null, Arrays.asList((Long) null))));
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        assertEquals(List.of("name:cohort.tooLong"), keys(check("x".repeat(CohortRules.NAME_MAX + 1), START, START.plusDays(9), List.of(1L), List.of(1L))));
    }

    @Test
    void aSixtyDayCycleCountsItsFirstAndLastDay() {
        Cohort cohort = new Cohort("Cycle", START, START.plusDays(59), List.of(), List.of());
        assertEquals(60, cohort.lengthInDays());
        assertEquals(LocalDate.of(2026, 3, 5), cohort.getEndDate());
    }

    @Test
    void theCohortItselfRefusesAnEndBeforeItsStart() {
        assertThrows(IllegalArgumentException.class, () -> new Cohort("Cycle", START, START, List.of(), List.of()));
    }
}
