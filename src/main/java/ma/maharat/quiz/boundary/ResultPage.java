package ma.maharat.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import ma.maharat.course.boundary.CourseMediaServlet;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.error.RuleViolation;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.control.Attempts;
import ma.maharat.quiz.control.SlotView;
import ma.maharat.quiz.entity.QuizAttempt;

/**
 * A finished attempt ({@code /learn/result.xhtml?id=…}): passed or not, and as much as the quiz's
 * review settings allow — the score, the right answers, the feedback.
 */
@Named
@RequestScoped
public class ResultPage {

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @Inject
    LanguageSelection language;

    private QuizAttempt attempt;
    private List<SlotView> slots;

    @PostConstruct
    void init() {
        try {
            attempt = attempts.attempt(currentUser.required().accountId(), Long.parseLong(request.getParameter("id")));
            // French and Moroccan Arabic write 0,44: her answer comes back in the separator she reads.
            boolean decimalComma = language.current() != Language.EN;
            slots = attempt.getAnswers().stream().map(answer -> SlotView.of(answer, mediaBase(), decimalComma)).toList();
        } catch (NumberFormatException e) {
            attempt = null;
            messages.error(null, "quiz.attemptNotFound");
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public boolean isFinished() {
        return attempt != null && !attempt.isInProgress();
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
}
