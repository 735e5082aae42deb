package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.control.TrainerAssignments;
import ma.maharat.training.entity.AssignmentDetails;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.TrainerAssignment;
import org.omnifaces.cdi.ViewScoped;

/**
 * The trainers' assignments on the planning page: the list (following the page's cohort and trainer
 * filters) and the form to create, edit or remove one. A cohort picked in the form offers its period.
 */
@Named
@ViewScoped
public class PlanningAssignments implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "assignment:";

    @Inject
    transient TrainerAssignments assignments;

    @Inject
    transient PageMessages messages;

    @Inject
    transient SessionTexts texts;

    @Inject
    Planning planning;

    private List<TrainerAssignment> listed;

    // The form: a new assignment when edited is null
    private Long edited;
    private Long cohort;
    private Long course;
    private Long trainer;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void load() {
        filter();
    }

    /** The page's filters changed: the list follows (the calendar fetches its entries itself). */
    public void filter() {
        Long cohortFilter = planning.getCohortFilter();
        Long trainerFilter = planning.getTrainerFilter();
        listed = assignments.all().stream()
                .filter(a -> cohortFilter == null || a.getCohort().getId().equals(cohortFilter))
                .filter(a -> trainerFilter == null || a.getTrainer().getId().equals(trainerFilter))
                .toList();
    }

    public void edit(TrainerAssignment assignment) {
        edited = assignment.getId();
        cohort = assignment.getCohort().getId();
        course = assignment.getCourse().getId();
        trainer = assignment.getTrainer().getId();
        from = assignment.getFromDate();
        to = assignment.getToDate();
    }

    public void clear() {
        edited = null;
        cohort = null;
        course = null;
        trainer = null;
        from = null;
        to = null;
    }

    /** A cohort was picked in the form: its period is offered as the assignment's. */
    public void cohortChosen() {
        Cohort chosen = planning.cohort(cohort);
        if (chosen != null && from == null && to == null) {
            from = chosen.getStartDate();
            to = chosen.getEndDate();
        }
    }

    public void save() {
        AssignmentDetails details = new AssignmentDetails(cohort, course, trainer, from, to);
        try {
            if (edited == null) {
                assignments.create(details);
                messages.info("assignment.created");
            } else {
                assignments.update(edited, details);
                messages.info("assignment.saved");
            }
            clear();
            filter();
        } catch (SessionRuleViolation e) {
            texts.show(e, FORM);
        }
    }

    public void remove(TrainerAssignment assignment) {
        try {
            assignments.remove(assignment.getId());
            messages.info("assignment.removed");
            if (assignment.getId().equals(edited)) {
                clear();
            }
        } catch (SessionRuleViolation e) {
            texts.show(e, null);
        }
        filter();
    }

    public boolean isEditing() {
        return edited != null;
    }

    public List<TrainerAssignment> getListed() {
        return listed;
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
