package ma.maharat.impact.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.impact.control.ImpactWorkbook;
import ma.maharat.impact.control.PartnersReports;
import ma.maharat.impact.control.ReportPeriod;
import ma.maharat.platform.i18n.PageMessages;

/**
 * {@code GET /admin/impact.xlsx?from=&to=&cohort=}: the CSV's figures as a workbook in the administrator's
 * language, with the small-count rule and the chosen stories. Under {@code /admin/*}, so web.xml lets
 * administrators only in; a bad parameter is a 400 saying which.
 */
@WebServlet("/admin/impact.xlsx")
public class ImpactXlsxDownload extends HttpServlet {

    @Inject
    PartnersReports reports;

    @Inject
    PageMessages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(request.getParameter("from"), request.getParameter("to"), request.getParameter("cohort"));
        } catch (ReportPeriod.Refused e) {
            PartnersReportDownload.refuse(response, e.getMessage());
            return;
        }
        byte[] body = ImpactWorkbook.write(reports.of(period), key -> messages.text(key));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"maharat-impact.xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
