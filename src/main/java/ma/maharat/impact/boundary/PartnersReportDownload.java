package ma.maharat.impact.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.impact.control.PartnersReportPdf;
import ma.maharat.impact.control.PartnersReports;
import ma.maharat.impact.control.ReportPeriod;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;

/**
 * {@code GET /admin/impact-report.pdf?language=fr|ar&from=&to=&cohort=}: the partners' report as a PDF in
 * French or in Arabic, with the small-count rule. Without {@code language}, in the reader's language (French
 * for an English reader): so {@code ?lang=ar}, which the site-wide {@code LanguageSwitch} takes for itself
 * (it switches the reader's language and redirects without it), also ends with the Arabic report. Under
 * {@code /admin/*}, so web.xml lets administrators only in; a bad parameter is a 400 saying which, before
 * anything is computed.
 */
@WebServlet("/admin/impact-report.pdf")
public class PartnersReportDownload extends HttpServlet {

    @Inject
    PartnersReports reports;

    @Inject
    LanguageSelection reader;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String asked = request.getParameter("language");
        Language language = asked == null || asked.isBlank() ? (reader.isRightToLeft() ? Language.AR : Language.FR)
                : Language.ofCode(asked).filter(l -> l != Language.EN).orElse(null);
        if (language == null) {
            refuse(response, "language must be fr or ar");
            return;
        }
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(request.getParameter("from"), request.getParameter("to"), request.getParameter("cohort"));
        } catch (ReportPeriod.Refused e) {
            refuse(response, e.getMessage());
            return;
        }
        byte[] body = PartnersReportPdf.render(reports.of(period), language);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"maharat-partners-report-" + language.code() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(message);
    }
}
