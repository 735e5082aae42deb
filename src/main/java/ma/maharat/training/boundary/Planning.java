package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.entity.Account;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.control.TrainingSessions;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.Room;
import org.omnifaces.cdi.ViewScoped;

/**
 * The administrators' planning page ({@code /admin/planning.xhtml}): what its parts share, the cohorts,
 * trainers and rooms to choose from, and the filters by cohort, trainer and room that the calendar
 * ({@link PlanningCalendar}) and the list of assignments ({@link PlanningAssignments}) follow and that a new
 * session ({@link SessionForm}) starts from. Each part is a bean of this view: the assignment form and its
 * list, the session dialog, the calendar.
 */
@Named
@ViewScoped
public class Planning implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainerAssignments assignments;

    @Inject
    transient TrainingSessions sessions;

    @Inject
    transient Cohorts cohorts;

    /** Package-private: a unit test gives the page its cohorts. */
    List<Cohort> allCohorts;
    private List<Account> trainers;
    private List<Room> rooms;

    private Long cohortFilter;
    private Long trainerFilter;
    private Long roomFilter;

    @PostConstruct
    void load() {
        allCohorts = cohorts.all();
        trainers = assignments.trainers();
        rooms = sessions.rooms();
    }

    /** The cohort of this id among those to choose from, or null. */
    public Cohort cohort(Long id) {
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

    public List<Cohort> getCohorts() {
        return allCohorts;
    }

    public List<Account> getTrainers() {
        return trainers;
    }

    public List<Room> getRooms() {
        return rooms;
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
}
