package ma.maharat.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ma.maharat.course.boundary.CourseMediaServlet;
import ma.maharat.course.entity.Lesson;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.learning.control.Learning;
import ma.maharat.learning.control.LearningRuleViolation;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;

/**
 * A lesson to read, in the trainee's language or, when the lesson has none in it, in French with a
 * visible note. Request scoped and stateless: the page keeps nothing in the session, so the lesson is
 * named by the request itself ({@code course} and {@code lesson}, in the address or posted back by the
 * "I have read this lesson" form) and loaded before Faces decodes the form.
 */
@Named
@RequestScoped
public class LessonPage {

    @Inject
    Learning learning;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private String course;
    private String lesson;
    private Learning.LessonReading reading;

    @jakarta.annotation.PostConstruct
    void init() {
        course = request.getParameter("course");
        lesson = request.getParameter("lesson");
        if (course != null && lesson != null) {
            load();
        }
    }

    private void load() {
        try {
            reading = learning.open(currentUser.required().accountId(), course, lesson);
        } catch (LearningRuleViolation e) {
            messages.error(e);
        }
    }

    /** "I have read this lesson": marks it done and opens the next one (or the course page after the last). */
    public void markDone() throws IOException {
        try {
            learning.markDone(currentUser.required().accountId(), course, lesson);
            load();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String target = reading != null && reading.next().isPresent()
                    ? "/learn/lesson.xhtml?course=" + course + "&lesson=" + reading.next().get().getCode()
                    : "/learn/course.xhtml?code=" + course + "&done=" + lesson;
            external.redirect(external.getRequestContextPath() + target);
        } catch (LearningRuleViolation e) {
            messages.error(e);
        }
    }

    /** The sanitized HTML in the reader's language, images pointed at the media address. */
    public String getHtml() {
        String code = language.getCode();
        Lesson current = reading.lesson();
        String html = current.getCurrentVersion().htmlIn(code).orElseGet(() -> current.getCurrentVersion().htmlIn("fr").orElse(""));
        String media = CourseMediaServlet.mediaAddress(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), course);
        return html.replace("src=\"media/", "src=\"" + media);
    }

    /** True when the lesson is not written in the reader's language and French is shown instead. */
    public boolean isShownInFrench() {
        return reading.lesson().getCurrentVersion().htmlIn(language.getCode()).isEmpty();
    }

    public Learning.LessonReading getReading() {
        return reading;
    }

    public String getCourse() {
        return course;
    }


    public String getLesson() {
        return lesson;
    }

}
