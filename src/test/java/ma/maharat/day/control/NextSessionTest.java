package ma.maharat.day.control;

import static ma.maharat.day.control.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextSessionTest {

    private static final LocalDateTime FRIDAY_TEN = LocalDateTime.parse("2026-12-04T10:00");

    @Test
    void aSessionUnderWayIsStillNextUntilItEnds() {
        var morning = session(1, "2026-12-04", "09:00", "12:00");
        var afternoon = session(2, "2026-12-04", "14:00", "17:00");
        assertEquals(1, NextSession.after(List.of(afternoon, morning), FRIDAY_TEN).orElseThrow().id());
        assertEquals(2, NextSession.after(List.of(afternoon, morning), LocalDateTime.parse("2026-12-04T12:00")).orElseThrow().id(),
                "at its last minute a session is over");
    }

    @Test
    void theEarliestComingSessionWinsWhateverTheOrderGiven() {
        var monday = session(7, "2026-12-07", "09:00", "12:00");
        var saturday = session(9, "2026-12-05", "14:00", "17:00");
        var saturdayMorning = session(8, "2026-12-05", "09:00", "12:00");
        assertEquals(8, NextSession.after(List.of(monday, saturday, saturdayMorning), FRIDAY_TEN.plusHours(8)).orElseThrow().id());
    }

    @Test
    void nothingWhenEverySessionIsOver() {
        assertTrue(NextSession.after(List.of(session(1, "2026-12-03", "09:00", "12:00")), FRIDAY_TEN).isEmpty());
        assertTrue(NextSession.after(List.of(), FRIDAY_TEN).isEmpty());
    }

    @Test
    void todayAndTomorrowAreSaidAsSuch() {
        assertEquals(NextSession.When.TODAY, NextSession.when(session(1, "2026-12-04", "14:00", "17:00"), FRIDAY_TEN));
        assertEquals(NextSession.When.TOMORROW, NextSession.when(session(1, "2026-12-05", "09:00", "12:00"), FRIDAY_TEN));
        assertEquals(NextSession.When.LATER, NextSession.when(session(1, "2026-12-07", "09:00", "12:00"), FRIDAY_TEN));
        assertEquals(NextSession.When.TOMORROW, NextSession.when(session(1, "2027-01-01", "09:00", "12:00"),
                LocalDateTime.parse("2026-12-31T23:30")), "across the year's end");
    }
}
