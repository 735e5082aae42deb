package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import ma.maharat.platform.i18n.DateDisplay;
import org.junit.jupiter.api.Test;

/** When the planning form calls a session one in the past, at the center's clock (Casablanca, UTC+1 in December). */
class PlanningTest {

    /** Saturday 5 December 2026, 10:30 at the center (09:30 UTC). */
    private static Planning planningAt(String utc) {
        Planning planning = new Planning();
        planning.clock = Clock.fixed(Instant.parse(utc), DateDisplay.CENTER_ZONE);
        return planning;
    }

    @Test
    void aDayBeforeTodayIsInThePastWhateverTheTime() {
        Planning planning = planningAt("2026-12-05T09:30:00Z");
        planning.setSessionDate(LocalDate.of(2026, 12, 4));
        assertTrue(planning.isSessionInPast());
        planning.setSessionStart("19:00");
        assertTrue(planning.isSessionInPast());
    }

    @Test
    void todayIsInThePastOnlyOnceItsStartHasGoneByAtTheCenter() {
        Planning planning = planningAt("2026-12-05T09:30:00Z");
        planning.setSessionDate(LocalDate.of(2026, 12, 5));
        assertFalse(planning.isSessionInPast(), "no start chosen yet: today is not the past");
        planning.setSessionStart("10:00");
        assertTrue(planning.isSessionInPast(), "10:00 at the center is before 10:30 there (09:30 UTC)");
        planning.setSessionStart("11:00");
        assertFalse(planning.isSessionInPast());
    }

    @Test
    void tomorrowAndNoDayAreNotInThePast() {
        Planning planning = planningAt("2026-12-05T22:30:00Z");
        assertFalse(planning.isSessionInPast(), "no day chosen");
        // 23:30 at the center: tomorrow there is Sunday the 6th.
        planning.setSessionDate(LocalDate.of(2026, 12, 6));
        planning.setSessionStart("07:00");
        assertFalse(planning.isSessionInPast());
    }
}
