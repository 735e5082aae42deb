package ma.maharat.training.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import ma.maharat.platform.i18n.DateDisplay;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.SessionDetails;
import ma.maharat.training.entity.TrainingSession;
import org.primefaces.PrimeFaces;
import org.omnifaces.cdi.ViewScoped;

/**
 * The session dialog of the planning page: a new session (opened on a day or time of the calendar, with
 * the page's filters as its cohort, trainer and room) or one to move to another room, day or time, or to
 * cancel. A session in the past (a day or a start already gone by, at the center) is planned only once
 * the box «it has already taken place» is ticked.
 */
@Named
@ViewScoped
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "session:";

    @Inject
    transient TrainingSessions sessions;

    @Inject
    transient PageMessages messages;

    @Inject
    transient SessionTexts texts;

    // A new session when edited is null
    private Long edited;
    private Long cohort;
    private Long course;
    private Long trainer;
    private Long room;
    private LocalDate date;
    private String start;
    private String end;
    private boolean pastConfirmed;
    private boolean saved;

    /** The clock of "now" for sessions in the past; replaced in tests. */
    Clock clock = Clock.system(DateDisplay.CENTER_ZONE);

    /** Opens the form for a new session at a day (from 09:00) or a time, for three hours at most until 20:00. */
    public void openAt(LocalDateTime at, Long cohortId, Long trainerId, Long roomId) {
        clear();
        date = at.toLocalDate();
        LocalTime from = at.toLocalTime().equals(LocalTime.MIDNIGHT) ? LocalTime.of(9, 0) : at.toLocalTime();
        start = SessionTexts.time(from);
        end = SessionTexts.time(from.plusHours(3).isAfter(LocalTime.of(20, 0)) || from.plusHours(3).isBefore(from)
                ? LocalTime.of(20, 0) : from.plusHours(3));
        cohort = cohortId;
        trainer = trainerId;
        room = roomId;
    }

    /** Opens the form on a planned session, to move or cancel it. */
    public void open(Long id) {
        clear();
        try {
            TrainingSession s = sessions.find(id);
            edited = id;
            cohort = s.getCohort().getId();
            course = s.getCourse().getId();
            trainer = s.getTrainer().getId();
            room = s.getRoom().getId();
            date = s.getDate();
            start = SessionTexts.time(s.getStartTime());
            end = SessionTexts.time(s.getEndTime());
        } catch (SessionRuleViolation e) {
            texts.show(e, null);
        }
    }

    /** Plans the session of the form, or moves the one being edited; {@link #isSaved()} then tells the dialog to close. */
    public void save() {
        LocalTime from = parse(start);
        LocalTime until = parse(end);
        if (isInPast() && !pastConfirmed) {
            saved = false;
            messages.error(FORM + "past-confirmed", "planning.pastNotConfirmed");
            return;
        }
        try {
            if (edited == null) {
                sessions.plan(new SessionDetails(cohort, course, trainer, room, date, from, until));
                messages.info("session.planned", SessionTexts.day(date), start, end);
            } else {
                sessions.move(edited, room, date, from, until);
                messages.info("session.moved", SessionTexts.day(date), start, end);
            }
            clear();
            saved = true;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (SessionRuleViolation e) {
            saved = false;
            texts.show(e, FORM);
        }
    }

    public void cancel() {
        if (edited == null) {
            return;
        }
        try {
            sessions.cancel(edited);
            messages.info("session.cancelled");
            clear();
            saved = true;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (SessionRuleViolation e) {
            saved = false;
            texts.show(e, null);
        }
    }

    /**
     * Whether the session of the form lies in the past at the center: its day before today, or today
     * with a start already gone by (the day alone when no start is chosen yet).
     */
    public boolean isInPast() {
        return date != null && inPast(date, parse(start));
    }

    /** Whether a session on this day from this start (null: the day alone) lies in the past at the center. */
    public boolean inPast(LocalDate day, LocalTime from) {
        LocalDateTime now = LocalDateTime.now(clock);
        return day.isBefore(now.toLocalDate()) || from != null && day.equals(now.toLocalDate()) && from.isBefore(now.toLocalTime());
    }

    private void clear() {
        edited = null;
        cohort = null;
        course = null;
        trainer = null;
        room = null;
        date = null;
        start = null;
        end = null;
        pastConfirmed = false;
        saved = false;
    }

    private static LocalTime parse(String time) {
        try {
            return time == null || time.isBlank() ? null : LocalTime.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the last save of the form worked, for the dialog to close. */
    public boolean isSaved() {
        return saved;
    }

    public boolean isEditing() {
        return edited != null;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public Long getTrainer() {
        return trainer;
    }

    public void setTrainer(Long trainer) {
        this.trainer = trainer;
    }

    public Long getRoom() {
        return room;
    }

    public void setRoom(Long room) {
        this.room = room;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public boolean isPastConfirmed() {
        return pastConfirmed;
    }

    public void setPastConfirmed(boolean pastConfirmed) {
        this.pastConfirmed = pastConfirmed;
    }
}
