package ma.maharat.day.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ma.maharat.day.control.Cycle;
import ma.maharat.day.control.PlannedSession;
import ma.maharat.day.control.TraineeDay;
import ma.maharat.day.control.Week;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.DateDisplay;

/**
 * "Mon planning" ({@code /learn/planning.xhtml}): the sessions of her cycle week by week, this week and
 * the coming ones first in view, the past ones folded above with her own attendance. Only hers: the
 * attendance query names the signed-in trainee, and there is no parameter to name anyone else.
 */
@Named
@RequestScoped
public class MyPlanning {

    /** More than any cycle has (about 40 a cycle today); a bound, not a page size. */
    private static final int MAX_SESSIONS = 500;

    @Inject
    TraineeDay day;

    @Inject
    CurrentUser currentUser;

    private Cycle cycle;
    private List<Week> past = List.of();
    private List<Week> current = List.of();
    private LocalDateTime now;

    @PostConstruct
    void load() {
        long trainee = currentUser.required().accountId();
        now = LocalDateTime.now(DateDisplay.CENTER_ZONE);
        LocalDate today = now.toLocalDate();
        cycle = Cycle.current(day.cyclesOf(trainee), today).orElse(null);
        if (cycle != null) {
            List<PlannedSession> sessions = day.sessions(trainee, List.of(cycle.id()), cycle.firstDay(), cycle.lastDay().plusDays(1),
                    MAX_SESSIONS);
            List<Week> weeks = Week.of(sessions, today);
            past = weeks.stream().filter(w -> w.period() == Week.Period.PAST).toList();
            current = weeks.stream().filter(w -> w.period() != Week.Period.PAST).toList();
        }
    }

    public Cycle getCycle() {
        return cycle;
    }

    /** Weeks that are over, oldest first. */
    public List<Week> getPastWeeks() {
        return past;
    }

    /** This week and the coming ones. */
    public List<Week> getWeeks() {
        return current;
    }

    public boolean isToday(PlannedSession session) {
        return session.date().equals(now.toLocalDate());
    }

    /** Her attendance as a message key suffix: PRESENT, ABSENT, EXCUSED, NOT_RECORDED, or empty for a session not over. */
    public String attendance(PlannedSession session) {
        return session.attendanceAt(now);
    }
}
