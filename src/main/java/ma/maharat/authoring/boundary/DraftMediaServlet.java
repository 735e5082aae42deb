package ma.maharat.authoring.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.Drafts;
import ma.maharat.content.control.AudioFormat;
import ma.maharat.course.entity.MediaPath;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.platform.http.ByteRange;

/**
 * Serves a draft's images to its authors' preview: {@code /author/draft-media/<course>/media/<file>}, and its
 * lessons' audio readings to the lesson editor's player ({@code .../lessons/<lesson>.<language>.<ext>})
 * (web.xml: trainers and administrators; here: those who may edit the course). Same sandboxing
 * Content-Security-Policy as the published images; never cached, since a draft changes.
 */
@WebServlet("/author/draft-media/*")
public class DraftMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Drafts drafts;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaPath path = MediaPath.parse(request.getPathInfo()).orElse(null);
        boolean audio = path != null && path.isLessonFile() && AudioFormat.isAudioName(path.file());
        if (path == null || !(path.isMedia() || audio) || currentUser.get().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String file = path.file();
        Optional<byte[]> content;
        try {
            content = drafts.draftOrPublishedFile(path.course(), file, currentUser.required());
        } catch (AuthoringRuleViolation e) {
            response.sendError("authoring.notAllowed".equals(e.messageKey()) ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = file.toLowerCase(java.util.Locale.ROOT);
        String type = name.endsWith(".png") ? "image/png" : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : name.endsWith(".gif") ? "image/gif" : name.endsWith(".webp") ? "image/webp" : name.endsWith(".svg") ? "image/svg+xml"
                : audio ? AudioFormat.forFileName(name).orElseThrow().mediaType() : "application/octet-stream";
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setContentType(type);
        byte[] bytes = content.get();
        if (audio) {
            // The editor's player seeks (and finds an Ogg file's duration) with Range requests.
            response.setHeader("Accept-Ranges", "bytes");
            ByteRange.Answer answer = ByteRange.of(request.getHeader("Range"), bytes.length);
            if (answer instanceof ByteRange.Unsatisfiable) {
                response.setHeader("Content-Range", "bytes */" + bytes.length);
                response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                return;
            }
            if (answer instanceof ByteRange.Part part) {
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", part.range().contentRange(bytes.length));
                response.setContentLength((int) part.range().length());
                response.getOutputStream().write(bytes, (int) part.range().first(), (int) part.range().length());
                return;
            }
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
