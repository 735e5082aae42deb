package ma.maharat.practical.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.practical.control.PracticalWork;

/**
 * Serves the photos of practical work: {@code /practical-photo/<id>} and {@code /practical-photo/<id>/thumbnail},
 * for signed-in people only (web.xml), and among them only to those {@link PracticalWork#photoFile} allows;
 * everyone else gets 404, as for a photo that does not exist. Photos are never kept by the browser
 * ({@code Cache-Control: no-store}, as every personal response: SecurityHeaders) and never sniffed as anything but JPEG.
 */
@WebServlet("/practical-photo/*")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})(/thumbnail)?");

    @Inject
    transient PracticalWork practicalWork;

    @Inject
    transient CurrentUser currentUser;

    /** Where a photo is served. */
    public static String address(String contextPath, long photoId, boolean thumbnail) {
        return contextPath + "/practical-photo/" + photoId + (thumbnail ? "/thumbnail" : "");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<SignedInUser> viewer = currentUser.get();
        if (!path.matches() || viewer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<PracticalWork.PhotoFile> photo = practicalWork.photoFile(viewer.get(), Long.parseLong(path.group(1)), path.group(2) != null);
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + photo.get().contentHash() + "\"";
        response.setHeader("ETag", etag);
        // Nothing of a trainee's work stays in the browser of a shared terminal: the next person gets it
        // only after the same permission check (SecurityHeaders insists on no-store for every personal response).
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = photo.get().content();
        response.setContentType(photo.get().mediaType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
