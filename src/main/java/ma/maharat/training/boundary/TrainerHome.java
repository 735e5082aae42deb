package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.DateDisplay;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.TrainerAssignment;
import ma.maharat.training.entity.TrainingSession;

/** What a trainer's home page shows of their planning: their next sessions and their assignments. */
@Named
@RequestScoped
public class TrainerHome {

    /** How many upcoming sessions the home page lists; the calendar has the rest. */
    private static final int NEXT = 8;

    @Inject
    TrainingSessions sessions;

    @Inject
    TrainerAssignments assignments;

    @Inject
    CurrentUser currentUser;

    private List<TrainingSession> next;
    private List<TrainerAssignment> mine;

    @PostConstruct
    void load() {
        long trainer = currentUser.required().accountId();
        LocalDate today = LocalDate.now(DateDisplay.CENTER_ZONE);
        LocalTime now = LocalTime.now(DateDisplay.CENTER_ZONE);
        next = sessions.ofTrainer(trainer, today, today.plusWeeks(5)).stream()
                .filter(s -> s.getDate().isAfter(today) || s.getEndTime().isAfter(now))
                .limit(NEXT).toList();
        mine = assignments.ofTrainer(trainer).stream()
                .filter(a -> !a.getToDate().isBefore(today.minusMonths(1)))
                .toList();
    }

    public List<TrainingSession> getNextSessions() {
        return next;
    }

    /** Current and coming assignments, and those that ended less than a month ago. */
    public List<TrainerAssignment> getAssignments() {
        return mine;
    }

    public String time(LocalTime time) {
        return SessionTexts.time(time);
    }
}
