package ma.maharat.day.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A week of her schedule, Monday to Sunday as in Morocco, with its sessions in order. Weeks without a
 * session are left out: a schedule is read for what happens, not as a calendar grid.
 */
public record Week(LocalDate monday, List<PlannedSession> sessions, Period period) {

    /** Whether the week is over, is this week, or is to come. */
    public enum Period { PAST, CURRENT, COMING }

    public Week {
        sessions = List.copyOf(sessions);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public boolean isCurrent() {
        return period == Period.CURRENT;
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The sessions grouped by week, oldest week first, each week's sessions by day and time. Pure. */
    public static List<Week> of(List<PlannedSession> sessions, LocalDate today) {
        LocalDate thisMonday = mondayOf(today);
        Map<LocalDate, List<PlannedSession>> byWeek = new TreeMap<>();
        sessions.stream()
                .sorted(Comparator.comparing(PlannedSession::date).thenComparing(PlannedSession::start).thenComparing(PlannedSession::id))
                .forEach(s -> byWeek.computeIfAbsent(mondayOf(s.date()), m -> new ArrayList<>()).add(s));
        return byWeek.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue(),
                e.getKey().isBefore(thisMonday) ? Period.PAST : e.getKey().equals(thisMonday) ? Period.CURRENT : Period.COMING))
                .toList();
    }
}
