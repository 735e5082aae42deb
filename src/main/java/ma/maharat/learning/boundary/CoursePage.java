package ma.maharat.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.maharat.course.entity.CourseModule;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.control.LearningRuleViolation;
import ma.maharat.platform.i18n.PageMessages;

/** A course's page for a trainee: modules and lessons, done or not, locked or not, time left. */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    Learning learning;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String code;
    private Learning.CourseOutline outline;

    /** View action: loads the course named in the address, or says why it cannot be shown. */
    public void load() {
        try {
            outline = learning.outline(currentUser.required().accountId(), code);
        } catch (LearningRuleViolation e) {
            messages.error(e);
        }
    }

    public List<Lesson> lessonsOf(CourseModule module) {
        return outline.course().currentLessons().stream().filter(l -> l.getModule().equals(module)).toList();
    }

    public boolean isDone(Lesson lesson) {
        return outline.doneLessons().contains(lesson.getId());
    }

    public boolean isUpdatedSinceRead(Lesson lesson) {
        return outline.updatedSinceRead().contains(lesson.getId());
    }

    public Learning.CourseOutline getOutline() {
        return outline;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
