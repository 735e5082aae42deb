package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.i18n.DateDisplay;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.AssignmentDetails;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.Room;
import ma.maharat.training.entity.SessionDetails;
import ma.maharat.training.entity.TrainerAssignment;
import ma.maharat.training.entity.TrainingSession;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * The administrators' planning page ({@code /admin/planning.xhtml}): trainers' assignments (create,
 * edit, remove) and the calendar of sessions, filterable by cohort, trainer and room. Clicking a day
 * opens the form to plan a session there; clicking a session opens it to move or cancel it; dragging
 * or resizing a session moves it. A refused change says why and the calendar is drawn again from what
 * is stored, so the session goes back where it was. The calendar stays on the week shown: after a change
 * its entries are fetched again, it is not drawn again. A session in the past (a day or a start already
 * gone by, at the center) is planned only once the form's box «it has already taken place» is ticked;
 * a drag into the past is refused with a word saying how.
 */
@Named
@ViewScoped
public class Planning implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ASSIGNMENT_FORM = "assignment:";
    private static final String SESSION_FORM = "session:";

    @Inject
    transient TrainerAssignments assignments;

    @Inject
    transient TrainingSessions sessions;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient PageMessages messages;

    @Inject
    transient SessionTexts texts;

    private List<Cohort> allCohorts;
    private List<Account> trainers;
    private List<Room> rooms;
    private List<TrainerAssignment> allAssignments;

    // Filters of the calendar and of the list of assignments
    private Long cohortFilter;
    private Long trainerFilter;
    private Long roomFilter;

    // The assignment form: a new assignment when editedAssignment is null
    private Long editedAssignment;
    private Long assignmentCohort;
    private Long assignmentCourse;
    private Long assignmentTrainer;
    private LocalDate assignmentFrom;
    private LocalDate assignmentTo;

    // The session form: a new session when editedSession is null
    private Long editedSession;
    private Long sessionCohort;
    private Long sessionCourse;
    private Long sessionTrainer;
    private Long sessionRoom;
    private LocalDate sessionDate;
    private String sessionStart;
    private String sessionEnd;
    private boolean pastConfirmed;
    private boolean saved;

    /** The clock of "now" for sessions in the past; replaced in tests. */
    Clock clock = Clock.system(DateDisplay.CENTER_ZONE);

    private final ScheduleModel calendar = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            LocalDate until = end.toLocalTime().equals(LocalTime.MIDNIGHT) ? end.toLocalDate() : end.toLocalDate().plusDays(1);
            for (TrainingSession s : sessions.between(start.toLocalDate(), until, cohortFilter, trainerFilter, roomFilter)) {
                addEvent(texts.entry(s, true, null));
            }
        }
    };

    @PostConstruct
    void load() {
        allCohorts = cohorts.all();
        trainers = assignments.trainers();
        rooms = sessions.rooms();
        loadAssignments();
    }

    private void loadAssignments() {
        allAssignments = assignments.all().stream()
                .filter(a -> cohortFilter == null || a.getCohort().getId().equals(cohortFilter))
                .filter(a -> trainerFilter == null || a.getTrainer().getId().equals(trainerFilter))
                .toList();
    }

    /** The filters changed: the list of assignments follows (the calendar reloads its entries itself). */
    public void filter() {
        loadAssignments();
    }

    // --- Assignments

    public void editAssignment(TrainerAssignment assignment) {
        editedAssignment = assignment.getId();
        assignmentCohort = assignment.getCohort().getId();
        assignmentCourse = assignment.getCourse().getId();
        assignmentTrainer = assignment.getTrainer().getId();
        assignmentFrom = assignment.getFromDate();
        assignmentTo = assignment.getToDate();
    }

    public void clearAssignment() {
        editedAssignment = null;
        assignmentCohort = null;
        assignmentCourse = null;
        assignmentTrainer = null;
        assignmentFrom = null;
        assignmentTo = null;
    }

    /** A cohort was picked in the assignment form: its period is offered as the assignment's. */
    public void assignmentCohortChosen() {
        Cohort cohort = cohort(assignmentCohort);
        if (cohort != null && assignmentFrom == null && assignmentTo == null) {
            assignmentFrom = cohort.getStartDate();
            assignmentTo = cohort.getEndDate();
        }
    }

    public void saveAssignment() {
        AssignmentDetails details = new AssignmentDetails(assignmentCohort, assignmentCourse, assignmentTrainer, assignmentFrom, assignmentTo);
        try {
            if (editedAssignment == null) {
                assignments.create(details);
                messages.info("assignment.created");
            } else {
                assignments.update(editedAssignment, details);
                messages.info("assignment.saved");
            }
            clearAssignment();
            loadAssignments();
        } catch (SessionRuleViolation e) {
            texts.show(e, ASSIGNMENT_FORM);
        }
    }

    public void removeAssignment(TrainerAssignment assignment) {
        try {
            assignments.remove(assignment.getId());
            messages.info("assignment.removed");
            if (assignment.getId().equals(editedAssignment)) {
                clearAssignment();
            }
        } catch (SessionRuleViolation e) {
            texts.show(e, null);
        }
        loadAssignments();
    }

    // --- Sessions

    /** A day (month view) or a time (week view) was clicked: the form opens for a new session there. */
    public void onDateSelect(SelectEvent<LocalDateTime> selected) {
        clearSession();
        LocalDateTime at = selected.getObject();
        sessionDate = at.toLocalDate();
        LocalTime start = at.toLocalTime().equals(LocalTime.MIDNIGHT) ? LocalTime.of(9, 0) : at.toLocalTime();
        sessionStart = SessionTexts.time(start);
        sessionEnd = SessionTexts.time(start.plusHours(3).isAfter(LocalTime.of(20, 0)) || start.plusHours(3).isBefore(start)
                ? LocalTime.of(20, 0) : start.plusHours(3));
        sessionCohort = cohortFilter;
        sessionTrainer = trainerFilter;
        sessionRoom = roomFilter;
    }

    /** A session was clicked: the form opens to move it to another room, day or time, or to cancel it. */
    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> selected) {
        clearSession();
        Long id = selected.getObject().getData();
        try {
            TrainingSession s = sessions.find(id);
            editedSession = id;
            sessionCohort = s.getCohort().getId();
            sessionCourse = s.getCourse().getId();
            sessionTrainer = s.getTrainer().getId();
            sessionRoom = s.getRoom().getId();
            sessionDate = s.getDate();
            sessionStart = SessionTexts.time(s.getStartTime());
            sessionEnd = SessionTexts.time(s.getEndTime());
        } catch (SessionRuleViolation e) {
            texts.show(e, null);
        }
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
            if (inPast(start.toLocalDate(), start.toLocalTime())) {
                throw new SessionRuleViolation("planning.pastDragRefused");
            }
            sessions.move((Long) event.getData(), null, start.toLocalDate(), start.toLocalTime(), end.toLocalTime());
            messages.info("session.moved", SessionTexts.day(start.toLocalDate()), SessionTexts.time(start.toLocalTime()),
                    SessionTexts.time(end.toLocalTime()));
        } catch (SessionRuleViolation e) {
            texts.show(e, null);
        }
    }

    /** Plans the session of the form, or moves the one being edited; {@link #isSaved()} then tells the dialog to close. */
    public void saveSession() {
        LocalTime start = parse(sessionStart);
        LocalTime end = parse(sessionEnd);
        if (isSessionInPast() && !pastConfirmed) {
            saved = false;
            messages.error(SESSION_FORM + "past-confirmed", "planning.pastNotConfirmed");
            return;
        }
        try {
            if (editedSession == null) {
                sessions.plan(new SessionDetails(sessionCohort, sessionCourse, sessionTrainer, sessionRoom, sessionDate, start, end));
                messages.info("session.planned", SessionTexts.day(sessionDate), sessionStart, sessionEnd);
            } else {
                sessions.move(editedSession, sessionRoom, sessionDate, start, end);
                messages.info("session.moved", SessionTexts.day(sessionDate), sessionStart, sessionEnd);
            }
            clearSession();
            saved = true;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (SessionRuleViolation e) {
            saved = false;
            texts.show(e, SESSION_FORM);
        }
    }

    /**
     * Whether the session of the form lies in the past at the center: its day before today, or today
     * with a start already gone by (the day alone when no start is chosen yet).
     */
    public boolean isSessionInPast() {
        return sessionDate != null && inPast(sessionDate, parse(sessionStart));
    }

    private boolean inPast(LocalDate day, LocalTime start) {
        LocalDateTime now = LocalDateTime.now(clock);
        return day.isBefore(now.toLocalDate()) || start != null && day.equals(now.toLocalDate()) && start.isBefore(now.toLocalTime());
    }

    /** Whether the last save of the session form worked, for the dialog to close. */
    public boolean isSaved() {
        return saved;
    }

    public void cancelSession() {
        if (editedSession == null) {
            return;
        }
        try {
            sessions.cancel(editedSession);
            messages.info("session.cancelled");
            clearSession();
            saved = true;
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (SessionRuleViolation e) {
            saved = false;
            texts.show(e, null);
        }
    }

    private void clearSession() {
        editedSession = null;
        sessionCohort = null;
        sessionCourse = null;
        sessionTrainer = null;
        sessionRoom = null;
        sessionDate = null;
        sessionStart = null;
        sessionEnd = null;
        pastConfirmed = false;
        saved = false;
    }

    private static LocalTime parse(String time) {
        try {
            return time == null || time.isBlank() ? null : LocalTime.parse(time);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private Cohort cohort(Long id) {
        return id == null ? null : allCohorts.stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    /** The courses of a cohort's programme, for the forms (none before a cohort is picked). */
    public List<Course> programmeOf(Long cohortId) {
        Cohort cohort = cohort(cohortId);
        return cohort == null ? List.of() : cohort.getProgramme();
    }

    public List<String> getTimes() {
        return SessionTexts.times();
    }

    public boolean isEditingSession() {
        return editedSession != null;
    }

    public boolean isEditingAssignment() {
        return editedAssignment != null;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public List<Cohort> getCohorts() {
        return allCohorts;
    }

    public List<Account> getTrainers() {
        return trainers;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<TrainerAssignment> getAssignments() {
        return allAssignments;
    }

    public Long getCohortFilter() {
        return cohortFilter;
    }

    public void setCohortFilter(Long cohortFilter) {
        this.cohortFilter = cohortFilter;
    }

    public Long getTrainerFilter() {
        return trainerFilter;
    }

    public void setTrainerFilter(Long trainerFilter) {
        this.trainerFilter = trainerFilter;
    }

    public Long getRoomFilter() {
        return roomFilter;
    }

    public void setRoomFilter(Long roomFilter) {
        this.roomFilter = roomFilter;
    }

    public Long getAssignmentCohort() {
        return assignmentCohort;
    }

    public void setAssignmentCohort(Long assignmentCohort) {
        this.assignmentCohort = assignmentCohort;
    }

    public Long getAssignmentCourse() {
        return assignmentCourse;
    }

    public void setAssignmentCourse(Long assignmentCourse) {
        this.assignmentCourse = assignmentCourse;
    }

    public Long getAssignmentTrainer() {
        return assignmentTrainer;
    }

    public void setAssignmentTrainer(Long assignmentTrainer) {
        this.assignmentTrainer = assignmentTrainer;
    }

    public LocalDate getAssignmentFrom() {
        return assignmentFrom;
    }

    public void setAssignmentFrom(LocalDate assignmentFrom) {
        this.assignmentFrom = assignmentFrom;
    }

    public LocalDate getAssignmentTo() {
        return assignmentTo;
    }

    public void setAssignmentTo(LocalDate assignmentTo) {
        this.assignmentTo = assignmentTo;
    }

    public Long getSessionCohort() {
        return sessionCohort;
    }

    public void setSessionCohort(Long sessionCohort) {
        this.sessionCohort = sessionCohort;
    }

    public Long getSessionCourse() {
        return sessionCourse;
    }

    public void setSessionCourse(Long sessionCourse) {
        this.sessionCourse = sessionCourse;
    }

    public Long getSessionTrainer() {
        return sessionTrainer;
    }

    public void setSessionTrainer(Long sessionTrainer) {
        this.sessionTrainer = sessionTrainer;
    }

    public Long getSessionRoom() {
        return sessionRoom;
    }

    public void setSessionRoom(Long sessionRoom) {
        this.sessionRoom = sessionRoom;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public String getSessionStart() {
        return sessionStart;
    }

    public void setSessionStart(String sessionStart) {
        this.sessionStart = sessionStart;
    }

    public boolean isPastConfirmed() {
        return pastConfirmed;
    }

    public void setPastConfirmed(boolean pastConfirmed) {
        this.pastConfirmed = pastConfirmed;
    }

    public String getSessionEnd() {
        return sessionEnd;
    }

    public void setSessionEnd(String sessionEnd) {
        this.sessionEnd = sessionEnd;
    }
}
