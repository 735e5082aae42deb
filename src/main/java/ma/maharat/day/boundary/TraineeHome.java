package ma.maharat.day.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.maharat.day.control.Cycle;
import ma.maharat.day.control.NextSession;
import ma.maharat.day.control.PlannedSession;
import ma.maharat.day.control.ProgrammeOrder;
import ma.maharat.day.control.TraineeDay;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.learning.control.Learning;
import ma.maharat.platform.i18n.DateDisplay;
import ma.maharat.training.control.PersonalisedProgrammes;

/**
 * The trainee's home page ({@code /learn/}), in the order she needs it: the quiz she left running (a
 * timed one keeps counting while she is away), her next training session, then her courses in her
 * programme's order. "Continue" on the course of a running quiz goes back into the attempt.
 */
@Named
@RequestScoped
public class TraineeHome {

    /** How far ahead the next session is looked for: a cycle lasts about two months. */
    private static final int WEEKS_AHEAD = 16;

    @Inject
    Learning learning;

    @Inject
    TraineeDay day;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonalisedProgrammes personalised;

    private Set<Long> optional = Set.of();

    private List<Learning.CourseCard> cards;
    private TraineeDay.RunningQuiz runningQuiz;
    private long secondsLeft;
    private boolean inACycle;
    private PlannedSession nextSession;
    private NextSession.When when;

    @PostConstruct
    void load() {
        long trainee = currentUser.required().accountId();
        Instant now = Instant.now();
        LocalDateTime centerNow = LocalDateTime.ofInstant(now, DateDisplay.CENTER_ZONE);
        runningQuiz = day.runningQuiz(trainee, now).orElse(null);
        secondsLeft = runningQuiz == null ? -1 : runningQuiz.secondsLeft(now);
        List<Cycle> cycles = day.cyclesOf(trainee);
        inACycle = !cycles.isEmpty();
        Map<Long, Integer> programme = Cycle.current(cycles, centerNow.toLocalDate()).map(Cycle::programme).orElse(Map.of());
        cards = ProgrammeOrder.of(learning.myCourses(trainee), card -> card.course().getId(), programme);
        optional = personalised.optionalCoursesOf(trainee);
        if (inACycle) {
            // A session under way today is still "next" until it ends; a handful is enough to find it.
            List<PlannedSession> coming = day.sessions(trainee, cycles.stream().map(Cycle::id).toList(), centerNow.toLocalDate(),
                    centerNow.toLocalDate().plusWeeks(WEEKS_AHEAD), 8);
            Optional<PlannedSession> next = NextSession.after(coming, centerNow);
            nextSession = next.orElse(null);
            when = next.map(s -> NextSession.when(s, centerNow)).orElse(null);
        }
    }

    public List<Learning.CourseCard> getCards() {
        return cards;
    }

    public TraineeDay.RunningQuiz getRunningQuiz() {
        return runningQuiz;
    }

    /** Seconds left in the running quiz when the page was made, -1 when it has no time limit. */
    public long getSecondsLeft() {
        return secondsLeft;
    }

    public String getTimeLeft() {
        return DayTexts.minutesAndSeconds(Math.max(0, secondsLeft));
    }

    /** Whether her cooperative takes part in a cycle (then the page speaks of sessions). */
    public boolean isInACycle() {
        return inACycle;
    }

    public PlannedSession getNextSession() {
        return nextSession;
    }

    public String getWhen() {
        return when == null ? "" : when.name();
    }

    /** Whether her cooperative's personalised programme makes the course optional for her (ADR 23): a small label says so. */
    public boolean isOptional(Learning.CourseCard card) {
        return optional.contains(card.course().getId());
    }

    /** Whether the running quiz belongs to this course: its "continue" goes back into the attempt. */
    public boolean hasRunningQuiz(Learning.CourseCard card) {
        return runningQuiz != null && runningQuiz.course().getId().equals(card.course().getId());
    }

    /** The lesson code to continue with in a course, for the "continue" link. */
    public String lessonToContinue(Learning.CourseCard card) {
        return card.progress().lessonToContinue()
                .flatMap(id -> card.course().currentLessons().stream().filter(l -> l.getId().equals(id)).findFirst())
                .map(l -> l.getCode()).orElse("");
    }
}
