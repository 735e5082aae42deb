package ma.maharat.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.cooperative.control.Cooperatives;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.course.entity.Course;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.CohortEnrollment;
import ma.maharat.training.control.CohortProblem;
import ma.maharat.training.control.CohortRuleViolation;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.model.DualListModel;

/**
 * The administrators' page for cohorts: the list with each cohort's period, cooperatives, programme
 * and active trainees; one form to create or edit (cooperatives ticked in a menu, the programme moved
 * and ordered in a pick list); and the button that enrolls a cohort, with what it did.
 */
@Named
@ViewScoped
public class ManageCohorts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "cohort:";

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient Cooperatives cooperatives;

    @Inject
    transient Enrollments enrollments;

    @Inject
    transient PageMessages messages;

    private List<Cohort> all;
    private Map<Long, Long> traineeCounts;
    private List<Cooperative> allCooperatives;
    private Map<Long, Course> coursesById;

    // The form: a new cohort when editedId is null
    private Long editedId;
    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    private List<Long> cooperativeIds = new ArrayList<>();
    private DualListModel<Long> programme = new DualListModel<>();

    @PostConstruct
    void load() {
        all = cohorts.all();
        traineeCounts = cohorts.traineeCounts();
        allCooperatives = cooperatives.all();
        coursesById = enrollments.courses().stream()
                .collect(Collectors.toMap(Course::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        if (editedId == null && programme.getTarget().isEmpty()) {
            programme = new DualListModel<>(new ArrayList<>(coursesById.keySet()), new ArrayList<>());
        }
    }

    public long traineesOf(Cohort cohort) {
        return traineeCounts.getOrDefault(cohort.getId(), 0L);
    }

    /** The course of an id of the pick list, for its label. */
    public Course course(Long id) {
        return coursesById.get(id);
    }

    public void edit(Cohort cohort) {
        editedId = cohort.getId();
        name = cohort.getName();
        startDate = cohort.getStartDate();
        endDate = cohort.getEndDate();
        cooperativeIds = new ArrayList<>(cohort.getCooperatives().stream().map(Cooperative::getId).toList());
        List<Long> chosen = new ArrayList<>(cohort.getProgramme().stream().map(Course::getId).toList());
        List<Long> available = new ArrayList<>(coursesById.keySet());
        available.removeAll(chosen);
        programme = new DualListModel<>(available, chosen);
    }

    public void clear() {
        editedId = null;
        name = null;
        startDate = null;
        endDate = null;
        cooperativeIds = new ArrayList<>();
        programme = new DualListModel<>(new ArrayList<>(coursesById.keySet()), new ArrayList<>());
    }

    public void save() {
        CohortDetails details = new CohortDetails(name, startDate, endDate, cooperativeIds, programme.getTarget());
        try {
            if (editedId == null) {
                messages.info("cohorts.created", cohorts.create(details).getName());
            } else {
                messages.info("cohorts.saved", cohorts.update(editedId, details).getName());
            }
            clear();
            load();
        } catch (CohortRuleViolation e) {
            messages.error(e);
            for (CohortProblem problem : e.problems()) {
                messages.error(FORM + problem.field(), problem.messageKey(), problem.arguments().toArray());
            }
        }
    }

    public void enroll(Cohort cohort) {
        try {
            CohortEnrollment result = cohorts.enrollCohort(cohort.getId());
            messages.info("cohorts.enrolled", cohort.getName(), result.trainees(), result.enrolled(), result.alreadyEnrolled());
        } catch (CohortRuleViolation e) {
            messages.error(e);
        }
        load();
    }

    /** Picture sign-in on or off for the cohort's trainees (on the center's registered terminals). */
    public void togglePictureSignIn(Cohort cohort) {
        try {
            Cohort saved = cohorts.allowPictureSignIn(cohort.getId(), !cohort.isPictureSignIn());
            messages.info(saved.isPictureSignIn() ? "cohorts.pictureSignInOn" : "cohorts.pictureSignInOff", saved.getName());
        } catch (CohortRuleViolation e) {
            messages.error(e);
        }
        load();
    }

    public List<Cohort> getAll() {
        return all;
    }

    public List<Cooperative> getCooperatives() {
        return allCooperatives;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<Long> getCooperativeIds() {
        return cooperativeIds;
    }

    public void setCooperativeIds(List<Long> cooperativeIds) {
        this.cooperativeIds = cooperativeIds;
    }

    public DualListModel<Long> getProgramme() {
        return programme;
    }

    public void setProgramme(DualListModel<Long> programme) {
        this.programme = programme;
    }
}
