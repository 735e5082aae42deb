package ma.maharat.intake.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.intake.control.Assessments;
import ma.maharat.intake.entity.AssessmentPhoto;

/**
 * A field visit's photo ({@code /author/assessment-photo/<id>}) for trainers and administrators (web.xml
 * protects /author/; the role is checked again here). Its type was checked by its content when it was
 * saved; it is still served {@code nosniff} and sandboxed.
 */
@WebServlet("/author/assessment-photo/*")
public class AssessmentPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})");

    @Inject
    transient Assessments assessments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!request.isUserInRole("TRAINER") && !request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<AssessmentPhoto> photo = path.matches() ? assessments.photo(Long.parseLong(path.group(1))) : Optional.empty();
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = photo.get().getContent();
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setContentType(photo.get().getMediaType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
