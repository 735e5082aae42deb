package ma.maharat.training.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.TrainingSession;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The calendar of the planning page: the sessions of the week or month shown, as the page's filters
 * choose them. Clicking a day or a time opens the session dialog ({@link SessionForm}) for a new session
 * there; clicking a session opens it to move or cancel it; dragging or resizing a session moves it, but
 * never into the past. A refused change says why and the calendar is drawn again from what is stored, so
 * the session goes back where it was. The calendar stays on the week shown: after a change its entries
 * are fetched again, it is not drawn again.
 */
@Named
@ViewScoped
public class PlanningCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingSessions sessions;

    @Inject
    transient PageMessages messages;

    @Inject
    transient SessionTexts texts;

    @Inject
    Planning planning;

    @Inject
    SessionForm form;

    private final LazyScheduleModel calendar = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            LocalDate until = end.toLocalTime().equals(LocalTime.MIDNIGHT) ? end.toLocalDate() : end.toLocalDate().plusDays(1);
            for (TrainingSession s : sessions.between(start.toLocalDate(), until, planning.getCohortFilter(), planning.getTrainerFilter(),
                    planning.getRoomFilter())) {
                addEvent(texts.entry(s, true, null));
            }
        }
    };

    /** A day (month view) or a time (week view) was clicked: the dialog opens for a new session there. */
    public void onDateSelect(SelectEvent<LocalDateTime> selected) {
        form.openAt(selected.getObject(), planning.getCohortFilter(), planning.getTrainerFilter(), planning.getRoomFilter());
    }

    /** A session was clicked: the dialog opens to move it to another room, day or time, or to cancel it. */
    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> selected) {
        form.open(selected.getObject().getData());
    }

    public void onEventMove(ScheduleEntryMoveEvent moved) {
        moveTo(moved.getScheduleEvent());
    }

    public void onEventResize(ScheduleEntryResizeEvent resized) {
        moveTo(resized.getScheduleEvent());
    }

    private void moveTo(ScheduleEvent<?> event) {
        LocalDateTime start = event.getStartDate();
        LocalDateTime end = event.getEndDate();
        try {
            if (end == null || !end.toLocalDate().equals(start.toLocalDate())) {
                throw new SessionRuleViolation("session.sameDay");
            }
            if (form.inPast(start.toLocalDate(), start.toLocalTime())) {
                throw new SessionRuleViolation("planning.pastDragRefused");
            }
            sessions.move((Long) event.getData(), null, start.toLocalDate(), start.toLocalTime(), end.toLocalTime());
            messages.info("session.moved", SessionTexts.day(start.toLocalDate()), SessionTexts.time(start.toLocalTime()),
                    SessionTexts.time(end.toLocalTime()));
        } catch (SessionRuleViolation e) {
            texts.show(e, null);
        }
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }
}
