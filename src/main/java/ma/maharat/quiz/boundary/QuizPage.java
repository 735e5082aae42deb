package ma.maharat.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.error.RuleViolation;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.entity.QuizAttempt;

/**
 * A quiz before it is taken ({@code /learn/quiz.xhtml?course=…&quiz=…}, quiz = {@code course} or a
 * lesson's id): what it asks, the trainee's attempts so far, and Start or Continue.
 */
@Named
@RequestScoped
public class QuizPage {

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    private String course;
    private String quiz;
    private Attempts.QuizStatus status;

    @PostConstruct
    void init() {
        course = request.getParameter("course");
        quiz = request.getParameter("quiz");
        if (course == null || quiz == null) {
            messages.error(null, "quiz.notFound");
        } else {
            try {
                status = attempts.status(currentUser.required().accountId(), course, quiz);
            } catch (RuleViolation e) {
                messages.error(e);
            }
        }
    }

    /** Start (or continue): the attempt's page opens, in the language chosen now. */
    public void start() throws IOException {
        try {
            QuizAttempt attempt;
            try {
                attempt = attempts.startOrResume(currentUser.required().accountId(), course, quiz, language.current());
            } catch (jakarta.ejb.EJBException e) {
                // Two tabs pressed Start at the same instant: the other one's attempt exists now, open it.
                attempt = attempts.startOrResume(currentUser.required().accountId(), course, quiz, language.current());
            }
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/learn/attempt.xhtml?id=" + attempt.getId());
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    /** The quiz's title: the lesson's, or the course's for its final quiz and its diagnostic. */
    public String getTitle() {
        var q = status.quiz();
        return q.getLesson() == null ? q.getCourse().getTitle().in(language.getCode()) : q.getLesson().getTitle().in(language.getCode());
    }

    /** A diagnostic's heading: "What I already know" until the first attempt is submitted, then "What I learned". */
    public String getDiagnosticTitleKey() {
        return status.attempts().stream().anyMatch(a -> !a.isInProgress()) ? "diagnostic.after" : "diagnostic.before";
    }

    public Attempts.QuizStatus getStatus() {
        return status;
    }

    public String getCourse() {
        return course;
    }

    public String getQuiz() {
        return quiz;
    }
}
