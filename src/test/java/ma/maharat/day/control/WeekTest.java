package ma.maharat.day.control;

import static ma.maharat.day.control.Sessions.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.maharat.training.entity.AttendanceStatus;
import org.junit.jupiter.api.Test;

class WeekTest {

    private static final LocalDate FRIDAY = LocalDate.parse("2026-12-04");

    @Test
    void weeksRunFromMondayToSundayAndAreToldPastCurrentOrComing() {
        List<Week> weeks = Week.of(List.of(
                session(5, "2026-12-07", "09:00", "12:00"),
                session(3, "2026-12-06", "09:00", "12:00"),   // Sunday: still this week
                session(2, "2026-11-30", "14:00", "17:00"),
                session(1, "2026-11-30", "09:00", "12:00"),   // Monday of this week
                session(0, "2026-11-29", "09:00", "12:00")),  // Sunday before: last week
                FRIDAY);
        assertEquals(List.of(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-07")),
                weeks.stream().map(Week::monday).toList());
        assertEquals(List.of(Week.Period.PAST, Week.Period.CURRENT, Week.Period.COMING), weeks.stream().map(Week::period).toList());
        assertEquals(List.of(1L, 2L, 3L), weeks.get(1).sessions().stream().map(PlannedSession::id).toList(), "by day then hour");
        assertEquals(LocalDate.parse("2026-12-06"), weeks.get(1).sunday());
    }

    @Test
    void weeksWithoutSessionsAreLeftOut() {
        List<Week> weeks = Week.of(List.of(session(1, "2026-11-02", "09:00", "12:00"), session(2, "2026-12-21", "09:00", "12:00")), FRIDAY);
        assertEquals(2, weeks.size());
    }

    @Test
    void herAttendanceIsSaidForSessionsOverAndOnlyThen() {
        LocalDateTime now = LocalDateTime.parse("2026-12-04T10:00");
        assertEquals("ABSENT", session(1, "2026-12-01", "09:00", "12:00", AttendanceStatus.ABSENT).attendanceAt(now));
        assertEquals("EXCUSED", session(1, "2026-12-01", "09:00", "12:00", AttendanceStatus.EXCUSED).attendanceAt(now));
        assertEquals("NOT_RECORDED", session(1, "2026-12-01", "09:00", "12:00").attendanceAt(now));
        assertEquals("", session(1, "2026-12-04", "09:00", "12:00").attendanceAt(now), "under way: nothing to say yet");
        assertEquals("PRESENT", session(1, "2026-12-04", "09:00", "12:00", AttendanceStatus.PRESENT).attendanceAt(now),
                "recorded during the session: said at once");
        assertEquals("", session(1, "2026-12-05", "09:00", "12:00").attendanceAt(now));
    }
}
