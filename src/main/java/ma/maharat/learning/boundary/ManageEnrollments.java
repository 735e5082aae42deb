package ma.maharat.learning.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.Enrollments;
import ma.maharat.learning.control.LearningRuleViolation;
import ma.maharat.learning.entity.Enrollment;
import ma.maharat.platform.i18n.PageMessages;
import org.omnifaces.cdi.ViewScoped;

/** The administrators' enrolment page: pick a course, then trainees from the list or paste usernames. */
@Named
@ViewScoped
public class ManageEnrollments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Enrollments enrollments;

    @Inject
    transient Accounts accounts;

    @Inject
    transient PageMessages messages;

    private List<Course> courses;
    private List<Account> trainees;
    private Long courseId;
    private List<Account> selected = new ArrayList<>();
    private String usernames;
    private List<Enrollment> enrolled = List.of();

    @PostConstruct
    void load() {
        courses = enrollments.courses();
        trainees = accounts.all().stream().filter(a -> a.getRole() == Role.TRAINEE && a.isActive()).toList();
        if (courseId == null && !courses.isEmpty()) {
            courseId = courses.get(0).getId();
        }
        showCourse();
    }

    public void showCourse() {
        enrolled = courseId == null ? List.of() : enrollments.ofCourse(courseId);
    }

    public void enrollSelected() {
        if (selected == null || selected.isEmpty()) {
            messages.error(null, "enrollment.noneSelected");
            return;
        }
        report(enrollments.enroll(courseId, selected.stream().map(Account::getId).toList()));
        selected = new ArrayList<>();
    }

    public void enrollList() {
        try {
            Enrollments.Outcome outcome = enrollments.enrollList(courseId, usernames);
            if (outcome.enrolled().isEmpty() && outcome.alreadyEnrolled().isEmpty() && !outcome.refused().isEmpty()) {
                messages.error(null, "enrollment.unknownUsernames", String.join(", ", outcome.refused()));
                return;
            }
            report(outcome);
            usernames = null;
        } catch (LearningRuleViolation e) {
            messages.error(e);
        }
    }

    private void report(Enrollments.Outcome outcome) {
        if (!outcome.enrolled().isEmpty()) {
            messages.info("enrollment.enrolled", outcome.enrolled().size(), String.join(", ", outcome.enrolled()));
        }
        if (!outcome.alreadyEnrolled().isEmpty()) {
            messages.info("enrollment.already", String.join(", ", outcome.alreadyEnrolled()));
        }
        if (!outcome.refused().isEmpty()) {
            messages.error(null, "enrollment.refused", String.join(", ", outcome.refused()));
        }
        showCourse();
    }

    public List<Course> getCourses() {
        return courses;
    }

    public List<Account> getTrainees() {
        return trainees;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public List<Account> getSelected() {
        return selected;
    }

    public void setSelected(List<Account> selected) {
        this.selected = selected;
    }

    public String getUsernames() {
        return usernames;
    }

    public void setUsernames(String usernames) {
        this.usernames = usernames;
    }

    public List<Enrollment> getEnrolled() {
        return enrolled;
    }
}
