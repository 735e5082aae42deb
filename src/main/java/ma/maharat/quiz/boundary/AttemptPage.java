package ma.maharat.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ma.maharat.course.boundary.CourseMediaServlet;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.error.RuleViolation;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.control.SlotView;
import ma.maharat.quiz.entity.QuizAttempt;

/**
 * An attempt being taken ({@code /learn/attempt.xhtml?id=…}). The questions are plain HTML inputs:
 * the page's script sends each answer to {@link AnswerServlet} as soon as it changes, so nothing
 * depends on this page being submitted. "Hand in" closes the attempt; a finished attempt opens its
 * result instead.
 */
@Named
@RequestScoped
public class AttemptPage {

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    private Long id;
    private QuizAttempt attempt;
    private List<SlotView> slots;

    @PostConstruct
    void init() {
        try {
            id = Long.valueOf(request.getParameter("id"));
            attempt = attempts.attempt(currentUser.required().accountId(), id);
            if (attempt.isInProgress()) {
                slots = attempt.getAnswers().stream().map(answer -> SlotView.of(answer, mediaBase())).toList();
            }
        } catch (NumberFormatException e) {
            id = null;
            messages.error(null, "quiz.attemptNotFound");
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    /** View action: a finished attempt (handed in, or closed when time was up) shows its result. */
    public void openResultWhenFinished() throws IOException {
        if (attempt != null && !attempt.isInProgress()) {
            redirectToResult();
        }
    }

    public void submit() throws IOException {
        try {
            attempts.submit(currentUser.required().accountId(), id);
            redirectToResult();
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    private void redirectToResult() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/learn/result.xhtml?id=" + id);
    }

    /** Seconds until the deadline as the server counts them (the page counts down from it); -1: no limit. */
    public long getSecondsLeft() {
        return attempt.getDeadline().map(d -> Math.max(0, Duration.between(Instant.now(), d).toSeconds())).orElse(-1L);
    }

    public int getAnsweredCount() {
        return (int) slots.stream().filter(SlotView::isAnswered).count();
    }

    private String mediaBase() {
        return CourseMediaServlet.mediaAddress(request.getContextPath(), attempt.getQuiz().getCourse().getCode());
    }

    public QuizAttempt getAttempt() {
        return attempt;
    }

    public List<SlotView> getSlots() {
        return slots;
    }

    public Long getId() {
        return id;
    }
}
