package ma.maharat.impact.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.impact.control.ImpactCsv;
import ma.maharat.impact.control.ImpactReport;
import ma.maharat.impact.control.ReportPeriod;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.ExcelCsv;

/**
 * {@code GET /admin/impact.csv?from=&to=&cohort=}: the API's figures as a CSV file in the administrator's
 * language (UTF-8, {@code ;}, opens in French Excel), with the small-count rule. Under {@code /admin/*}, so
 * web.xml lets administrators only in; a bad parameter is a 400 saying which.
 */
@WebServlet("/admin/impact.csv")
public class ImpactCsvDownload extends HttpServlet {

    @Inject
    ImpactReport report;

    @Inject
    PageMessages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(request.getParameter("from"), request.getParameter("to"), request.getParameter("cohort"));
        } catch (ReportPeriod.Refused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write(e.getMessage());
            return;
        }
        byte[] body = ExcelCsv.write(ImpactCsv.rows(report.of(period), key -> messages.text(key)));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"maharat-impact.csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
