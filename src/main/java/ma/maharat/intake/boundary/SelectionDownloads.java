package ma.maharat.intake.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.intake.control.Assessments;
import ma.maharat.intake.control.DecisionLetter;
import ma.maharat.intake.control.DecisionsExport;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.IntakeRuleViolation;
import ma.maharat.intake.control.Selection;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.PageMessages;

/**
 * The committee's downloads, for administrators only (web.xml protects /admin/; the role is checked
 * again): a call's decisions as CSV or XLSX ({@code /admin/selection-export/<call>.csv|.xlsx}, headers in
 * the reader's language) and an applicant's decision letter as a PDF in Arabic or French
 * ({@code /admin/decision-letter/<application>/ar|fr}; not {@code ?lang=}, which switches the site's language).
 */
@WebServlet({"/admin/selection-export/*", "/admin/decision-letter/*"})
public class SelectionDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern EXPORT = Pattern.compile("/([0-9]{1,12})\\.(csv|xlsx)");
    private static final Pattern LETTER = Pattern.compile("/([0-9]{1,12})/(ar|fr)");

    @Inject
    transient Intake intake;

    @Inject
    transient Selection selection;

    @Inject
    transient Assessments assessments;

    @Inject
    transient PageMessages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getServletPath().endsWith("selection-export")) {
            export(path, response);
        } else {
            letter(path, response);
        }
    }

    private void export(String path, HttpServletResponse response) throws IOException {
        Matcher m = EXPORT.matcher(path);
        Optional<IntakeCall> call = m.matches() ? intake.call(Long.parseLong(m.group(1))) : Optional.empty();
        if (call.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<List<Object>> table = DecisionsExport.table(selection.ranking(call.get().getId()), messages::text,
                r -> SelectionTexts.reason(messages, r));
        boolean csv = m.group(2).equals("csv");
        byte[] bytes = csv ? DecisionsExport.csv(table) : DecisionsExport.xlsx(table, messages.text("selection.title"));
        response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"selection-" + call.get().getId() + "." + m.group(2) + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private void letter(String path, HttpServletResponse response) throws IOException {
        Matcher m = LETTER.matcher(path);
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        IntakeApplication application;
        try {
            application = assessments.application(Long.parseLong(m.group(1)));
        } catch (IntakeRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (application.getDecision() == null) {
            response.sendError(HttpServletResponse.SC_CONFLICT, messages.text("selection.letter.notDecided"));
            return;
        }
        String lang = m.group(2);
        byte[] pdf = DecisionLetter.pdf(application, "ar".equals(lang) ? Language.AR : Language.FR, LocalDate.now(CenterDates.CENTER_ZONE));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"decision-" + application.getReference() + "-" + lang + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
