package ma.maharat.training.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.CohortProgress;
import ma.maharat.training.control.CohortRuleViolation;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.ExcelCsv;
import ma.maharat.training.control.ProgressSheet;
import ma.maharat.training.control.ProgressWorkbook;
import ma.maharat.training.control.TrainerAssignments;

/**
 * {@code GET /trainer/cohort-progress.csv?cohort=…} and {@code .xlsx}: a cohort's progress grid to
 * download ({@link ProgressSheet} says which columns). Under {@code /trainer/*}, so web.xml's security
 * constraint lets trainers only in; a trainer may export only the cohorts they are assigned to (403
 * for another). Headers are in the trainer's language; an unknown cohort answers 404.
 */
@WebServlet(urlPatterns = {"/trainer/cohort-progress.csv", "/trainer/cohort-progress.xlsx"})
public class CohortProgressExport extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CohortProgress cohortProgress;

    @Inject
    LanguageSelection language;

    @Inject
    PageMessages messages;

    @Inject
    TrainerAssignments assignments;

    @Inject
    Cohorts cohorts;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CohortProgress.Report report;
        try {
            long cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
            if (!assignments.isAssignedToCohort(currentUser.required().accountId(), cohortId)) {
                cohorts.find(cohortId);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            report = cohortProgress.of(cohortId);
        } catch (NumberFormatException | CohortRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ProgressSheet table = ProgressSheet.of(report, language.getCode(), messages::text);
        boolean csv = request.getServletPath().endsWith(".csv");
        byte[] body = csv
                ? ExcelCsv.write(table.asText(messages.text("progressGrid.yes"), messages.text("progressGrid.no")))
                : ProgressWorkbook.write(table, report.cohort().getName());
        String name = ProgressSheet.fileName(report.cohort().getName(), report.cohort().getId(), csv ? "csv" : "xlsx");
        response.setContentType(csv ? "text/csv; charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        // Trainees' names and results: no copy in shared caches or the browser's cache.
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
