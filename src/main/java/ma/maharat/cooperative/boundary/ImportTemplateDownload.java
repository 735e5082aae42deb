package ma.maharat.cooperative.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ma.maharat.cooperative.control.CsvImport;

/**
 * {@code GET /admin/csv-template/cooperatives.csv} and {@code members.csv}: the empty file of an import,
 * its header line made from the columns the import checks ({@link CsvImport}). Under {@code /admin/*}, so
 * web.xml's security constraint lets administrators only in; another name answers 404.
 */
@WebServlet("/admin/csv-template/*")
public class ImportTemplateDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<CsvImport> kind = path.endsWith(".csv") ? CsvImport.bySlug(path.substring(1, path.length() - ".csv".length()))
                : Optional.empty();
        if (kind.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = kind.get().template();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + kind.get().templateFileName() + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
