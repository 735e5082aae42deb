package ma.maharat.training.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Account;
import ma.maharat.identity.entity.Role;
import ma.maharat.training.control.AttendanceSheetPdf;
import ma.maharat.training.control.Attendances;
import ma.maharat.training.control.SessionRuleViolation;
import ma.maharat.training.entity.TrainingSession;

/**
 * {@code GET /trainer/attendance.pdf?session=…&language=fr|ar}: a session's attendance sheet to print, with
 * a signature column, in French or Arabic ({@link AttendanceSheetPdf}). Under {@code /trainer/*}, which
 * web.xml closes to trainers; the same rule as the sheet's page then applies (only the session's own
 * trainer, {@link Attendances#sheet}), and a session that is not the reader's answers 404 exactly like
 * one that does not exist.
 */
@WebServlet("/trainer/attendance.pdf")
public class AttendanceSheetDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Attendances attendances;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = "ar".equals(request.getParameter("language")) ? "ar" : "fr";
        Attendances.Sheet sheet;
        try {
            long sessionId = Long.parseLong(String.valueOf(request.getParameter("session")));
            SignedInUser user = currentUser.required();
            sheet = attendances.sheet(sessionId, user.accountId(), user.role() == Role.ADMIN);
        } catch (NumberFormatException | SessionRuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TrainingSession session = sheet.session();
        Account trainer = session.getTrainer();
        boolean rtl = "ar".equals(lang);
        AttendanceSheetPdf.Heading heading = new AttendanceSheetPdf.Heading(session.getCourse().getTitle().in(lang),
                session.getCohort().getName(), session.getDate(), session.getStartTime(), session.getEndTime(),
                session.getRoom().getName(), pick(rtl, trainer.getFullName(), trainer.getFullNameAr()));
        byte[] bytes = new AttendanceSheetPdf(lang).render(heading, sheet.lines().stream()
                .map(l -> new AttendanceSheetPdf.Line(l.fullName(), l.fullNameAr(), pick(rtl, l.cooperativeFr(), l.cooperativeAr()),
                        l.status()))
                .toList());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"presence-" + session.getDate() + "-" + session.getId() + "-"
                + lang + ".pdf\"");
        // Trainees' names: no copy in shared caches or the browser's cache.
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String pick(boolean rtl, String latin, String arabic) {
        return rtl && arabic != null && !arabic.isBlank() ? arabic : latin;
    }
}
