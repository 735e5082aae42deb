package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import ma.maharat.platform.i18n.DateDisplay;
import org.junit.jupiter.api.Test;

/** When the planning page's session form calls a session one in the past, at the center's clock (Casablanca, UTC+1 in December). */
class SessionFormTest {

    /** Saturday 5 December 2026, 10:30 at the center (09:30 UTC). */
    private static SessionForm formAt(String utc) {
        SessionForm form = new SessionForm();
        form.clock = Clock.fixed(Instant.parse(utc), DateDisplay.CENTER_ZONE);
        return form;
    }

    @Test
    void aDayBeforeTodayIsInThePastWhateverTheTime() {
        SessionForm form = formAt("2026-12-05T09:30:00Z");
        form.setDate(LocalDate.of(2026, 12, 4));
        assertTrue(form.isInPast());
        form.setStart("19:00");
        assertTrue(form.isInPast());
    }

    @Test
    void todayIsInThePastOnlyOnceItsStartHasGoneByAtTheCenter() {
        SessionForm form = formAt("2026-12-05T09:30:00Z");
        form.setDate(LocalDate.of(2026, 12, 5));
        assertFalse(form.isInPast(), "no start chosen yet: today is not the past");
        form.setStart("10:00");
        assertTrue(form.isInPast(), "10:00 at the center is before 10:30 there (09:30 UTC)");
        form.setStart("11:00");
        assertFalse(form.isInPast());
    }

    @Test
    void tomorrowAndNoDayAreNotInThePast() {
        SessionForm form = formAt("2026-12-05T22:30:00Z");
        assertFalse(form.isInPast(), "no day chosen");
        // 23:30 at the center: tomorrow there is Sunday the 6th.
        form.setDate(LocalDate.of(2026, 12, 6));
        form.setStart("07:00");
        assertFalse(form.isInPast());
    }

    @Test
    void aDayClickedInTheMonthOpensANewSessionFromNineForThreeHoursWithThePagesFilters() {
        SessionForm form = formAt("2026-12-05T09:30:00Z");
        form.openAt(LocalDateTime.of(2026, 12, 8, 0, 0), 3L, 7L, null);
        assertFalse(form.isEditing());
        assertEquals(LocalDate.of(2026, 12, 8), form.getDate());
        assertEquals(SessionTexts.time(LocalTime.of(9, 0)), form.getStart());
        assertEquals(SessionTexts.time(LocalTime.of(12, 0)), form.getEnd());
        assertEquals(3L, form.getCohort());
        assertEquals(7L, form.getTrainer());
        assertNull(form.getRoom());
        assertNull(form.getCourse());
    }

    @Test
    void aLateTimeClickedInTheWeekEndsTheNewSessionAtEightInTheEvening() {
        SessionForm form = formAt("2026-12-05T09:30:00Z");
        form.setPastConfirmed(true);
        form.openAt(LocalDateTime.of(2026, 12, 8, 18, 30), null, null, 2L);
        assertEquals(SessionTexts.time(LocalTime.of(18, 30)), form.getStart());
        assertEquals(SessionTexts.time(LocalTime.of(20, 0)), form.getEnd());
        assertEquals(2L, form.getRoom());
        assertFalse(form.isPastConfirmed(), "a new session starts with the box unticked");
    }

    @Test
    void aSessionDraggedToEarlierTodayIsInThePastButLaterTodayIsNot() {
        SessionForm form = formAt("2026-12-05T09:30:00Z");
        assertTrue(form.inPast(LocalDate.of(2026, 12, 5), LocalTime.of(8, 0)));
        assertFalse(form.inPast(LocalDate.of(2026, 12, 5), LocalTime.of(14, 0)));
        assertTrue(form.inPast(LocalDate.of(2026, 12, 4), LocalTime.of(14, 0)));
    }
}
