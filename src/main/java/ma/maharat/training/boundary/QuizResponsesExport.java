package ma.maharat.training.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.control.AnswerRow;
import ma.maharat.quiz.control.QuizResults;
import ma.maharat.quiz.control.QuizRuleViolation;
import ma.maharat.quiz.entity.Quiz;
import ma.maharat.training.control.ExcelCsv;
import ma.maharat.training.control.TrainerAssignments;

/**
 * {@code GET /trainer/quiz-responses.csv?quiz=…}: every answer of a quiz's finished attempts by the trainees of
 * the trainer's own cohorts, one row per trainee, attempt and question: trainee, cohort, attempt, question, her
 * values (a calculated question's, e.g. {@code pieces=125; price=31,5}), the right answer (for her values), her
 * answer as she gave it, and the share of the marks earned. Excel's CSV ({@link ExcelCsv}: UTF-8 with a
 * byte-order mark, formula-safe). Here, above the quiz feature, because the cohort is the training feature's.
 *
 * <p>Under {@code /trainer/*}, so trainers only; a trainer assigned to no cohort taking the quiz's course is
 * refused (403), an unknown quiz is 404, and the rows are only of the trainer's own cohorts' trainees
 * ({@link TrainerAssignments#traineeIdsOf}, as the quiz results page shows). At most
 * {@value QuizResults#MOST_ANSWERS} rows: more answers 413.
 */
@WebServlet(urlPatterns = "/trainer/quiz-responses.csv")
public class QuizResponsesExport extends HttpServlet {

    @Inject
    QuizResults results;

    @Inject
    TrainerAssignments assignments;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long trainer = currentUser.required().accountId();
        Quiz quiz;
        List<AnswerRow> rows;
        try {
            quiz = results.quiz(Long.parseLong(String.valueOf(request.getParameter("quiz"))));
            if (!assignments.isAssignedToCourse(trainer, quiz.getCourse().getId())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            rows = results.answers(quiz.getId(), language.current(), assignments.traineeIdsOf(trainer),
                    new AnswerRow.Words(messages.text("quiz.true"), messages.text("quiz.false")));
        } catch (NumberFormatException | QuizRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (rows.size() > QuizResults.MOST_ANSWERS) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        byte[] body = ExcelCsv.write(table(rows, assignments.cohortNamesOfTrainees(trainer)));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"responses-" + quiz.getCourse().getCode() + "-" + quiz.getId() + ".csv\"");
        // Trainees' names and answers: no copy in shared caches or the browser's cache.
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private List<List<String>> table(List<AnswerRow> rows, Map<Long, String> cohorts) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(messages.text("trainerQuiz.export.trainee"), messages.text("trainerQuiz.export.cohort"),
                messages.text("trainerQuiz.export.attempt"), messages.text("trainerQuiz.export.question"),
                messages.text("trainerQuiz.export.values"), messages.text("trainerQuiz.export.rightAnswer"),
                messages.text("trainerQuiz.export.given"), messages.text("trainerQuiz.export.points")));
        for (AnswerRow row : rows) {
            Account trainee = row.attempt().getTrainee();
            String name = language.isRightToLeft() && trainee.getFullNameAr() != null ? trainee.getFullNameAr() : trainee.getFullName();
            table.add(List.of(name, cohorts.getOrDefault(trainee.getId(), ""), String.valueOf(row.attempt().getNumber()), row.question(),
                    row.values(), row.rightAnswer(), row.given(), row.points(language.current())));
        }
        return table;
    }
}
