package ma.maharat.intake.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.entity.IntakeDocument;

/**
 * Serves an application's document to administrators only ({@code /admin/application-document/<id>}: web.xml
 * protects /admin/, and the role is checked again here), always as a download ({@code attachment}), never
 * sniffed nor run: an applicant's file is untrusted even after its type was checked.
 */
@WebServlet("/admin/application-document/*")
public class ApplicationDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})");

    @Inject
    transient Intake intake;

    public static String address(String contextPath, long documentId) {
        return contextPath + "/admin/application-document/" + documentId;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!request.isUserInRole("ADMIN") || !path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<IntakeDocument> document = intake.document(Long.parseLong(path.group(1)));
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = document.get().getContent();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(document.get().getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentType(document.get().getMediaType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
