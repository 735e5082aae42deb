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

/**
 * {@code GET /admin/impact-report.pdf?lang=fr|ar&from=&to=&cohort=}: the partners' report as a PDF in French
 * (the default) or in Arabic, with the small-count rule. Under {@code /admin/*}, so web.xml lets
 * administrators only in; a bad parameter is a 400 saying which, before anything is computed.
 */
@WebServlet("/admin/impact-report.pdf")
public class PartnersReportDownload extends HttpServlet {

    @Inject
    PartnersReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lang = request.getParameter("lang");
        Language language = lang == null || lang.isBlank() ? Language.FR : Language.ofCode(lang).filter(l -> l != Language.EN).orElse(null);
        if (language == null) {
            refuse(response, "lang must be fr or ar");
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
