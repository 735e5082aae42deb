package ma.maharat.day.control;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which session to announce on her home page: the first one not over yet, so that a session under way
 * is still "today" until it ends (she may arrive late, or look for the room). Pure.
 */
public final class NextSession {

    private NextSession() {}

    public static Optional<PlannedSession> after(List<PlannedSession> sessions, LocalDateTime now) {
        return sessions.stream().filter(s -> !s.isOver(now))
                .min(Comparator.comparing(PlannedSession::date).thenComparing(PlannedSession::start).thenComparing(PlannedSession::id));
    }

    /** How the day is said: today, tomorrow, or another day (shown as a date). */
    public enum When { TODAY, TOMORROW, LATER }

    public static When when(PlannedSession session, LocalDateTime now) {
        if (session.date().equals(now.toLocalDate())) {
            return When.TODAY;
        }
        return session.date().equals(now.toLocalDate().plusDays(1)) ? When.TOMORROW : When.LATER;
    }
}
