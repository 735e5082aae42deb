package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.TrainingSession;
import jakarta.faces.context.FacesContext;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * A trainer's own calendar ({@code /trainer/calendar.xhtml}), read-only: their sessions week by week
 * or month by month; clicking one opens its attendance sheet.
 */
@Named
@ViewScoped
public class TrainerCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingSessions sessions;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient SessionTexts texts;

    @Inject
    transient ServletContext servletContext;

    private long trainerId;
    private String attendancePath;

    private final LazyScheduleModel calendar = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            LocalDate until = end.toLocalTime().equals(LocalTime.MIDNIGHT) ? end.toLocalDate() : end.toLocalDate().plusDays(1);
            for (TrainingSession s : sessions.ofTrainer(trainerId, start.toLocalDate(), until)) {
                addEvent(texts.entry(s, false, null));
            }
        }
    };

    @PostConstruct
    void load() {
        trainerId = currentUser.required().accountId();
        attendancePath = servletContext.getContextPath() + "/trainer/attendance.xhtml?session=";
    }

    /**
     * A session was clicked: its attendance sheet opens, through a redirect from the server rather than
     * an entry's own link, which PrimeFaces opens with {@code window.open}: in the browser test the
     * trainer then landed on the sign-in page instead.
     */
    public void open(SelectEvent<ScheduleEvent<Long>> selected) throws java.io.IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(attendancePath + selected.getObject().getData());
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }
}
