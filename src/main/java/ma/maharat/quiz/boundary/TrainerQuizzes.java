package ma.maharat.quiz.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.error.RuleViolation;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.control.DiagnosticScores;
import ma.maharat.quiz.control.LearningGains;
import ma.maharat.quiz.control.QuizResults;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.quiz.control.ResultsAudience;

/**
 * The trainers' view of quizzes: the list ({@code /trainer/quizzes.xhtml}) and one quiz's attempts and
 * item analysis ({@code /trainer/quiz-results.xhtml?quiz=…}), over the trainees of the trainer's own
 * cohorts only ({@link ResultsAudience}): names, scores and statistics of anyone else stay hidden.
 */
@Named
@RequestScoped
public class TrainerQuizzes {

    @Inject
    QuizResults results;

    @Inject
    ResultsAudience audience;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @Inject
    DiagnosticScores diagnosticScores;

    private List<QuizResults.QuizSummary> quizzes;
    private List<CourseGain> gains;
    private QuizResults.QuizReport report;
    private Set<Long> visibleTrainees;

    @PostConstruct
    void init() {
        String quiz = request.getParameter("quiz");
        try {
            if (quiz != null) {
                report = results.report(Long.parseLong(quiz), language.current(), visibleTrainees());
            }
        } catch (NumberFormatException e) {
            report = null;
        } catch (RuleViolation e) {
            messages.error(e);
        }
    }

    public List<QuizResults.QuizSummary> getQuizzes() {
        if (quizzes == null) {
            quizzes = results.quizzes(visibleTrainees());
        }
        return quizzes;
    }

    private Set<Long> visibleTrainees() {
        if (visibleTrainees == null) {
            visibleTrainees = audience.traineesVisibleTo(currentUser.required().accountId());
        }
        return visibleTrainees;
    }

    /** A course's learning gain over the trainees the trainer may see. */
    public record CourseGain(Quiz diagnostic, LearningGains.Gain gain) {}

    /**
     * The learning gain of each course with a diagnostic, over the trainees this trainer may see; figures
     * of fewer than {@value LearningGains#SMALL_COUNT} trainees are hidden (this is not the administrator's screen).
     */
    public List<CourseGain> getGains() {
        if (gains == null) {
            Map<Long, LearningGains.Gain> perCourse = LearningGains.perCourse(diagnosticScores.ofTrainees(visibleTrainees()));
            gains = getQuizzes().stream().map(QuizResults.QuizSummary::quiz).filter(Quiz::isDiagnostic)
                    .map(quiz -> new CourseGain(quiz, perCourse.getOrDefault(quiz.getCourse().getId(), LearningGains.of(List.of()))))
                    .toList();
        }
        return gains;
    }

    /** A mean score in percent, or «< 5». */
    public String percent(LearningGains.Gain gain, double value) {
        return gain.shown(value, false, v -> messages.text("quiz.percent", v));
    }

    /** A gain in percentage points, signed, or «< 5». */
    public String points(LearningGains.Gain gain, double value) {
        return gain.shown(value, false, v -> messages.text("trainerQuiz.gainPoints", v));
    }

    /** The share of trainees who improved, in percent, or «< 5». */
    public String share(LearningGains.Gain gain) {
        return gain.shown(gain.improved(), false, v -> messages.text("quiz.percent", v * 100));
    }

    public QuizResults.QuizReport getReport() {
        return report;
    }

    /** A bar's length in percent of its track, for the item analysis chart (discrimination runs from -100 to 100). */
    public long barOf(double value, boolean signed) {
        double share = signed ? Math.abs(value) / 2 : value;
        return Math.round(Math.max(0, Math.min(100, share)));
    }
}
