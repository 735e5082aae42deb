package ma.maharat.learning.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletOutputStream;
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
import ma.maharat.identity.entity.Role;
import ma.maharat.learning.control.LearningRuleViolation;
import ma.maharat.learning.control.LessonReader;
import ma.maharat.learning.control.LessonReadings;
import ma.maharat.platform.http.ByteRange;

/**
 * Plays a lesson's audio reading: {@code /lesson-audio/<course>/<lesson>.<language>.<ext>} (web.xml:
 * signed-in people). A trainee hears it only when she may open the lesson (enrolled, course not
 * locked, the lesson current): the same rule as the lesson page, answered 404 otherwise so that the
 * address says nothing; trainers and administrators hear every reading, as they see every image.
 *
 * <p>Browsers seek in audio with Range requests: one range is answered 206 with Content-Range, a range
 * beyond the end 416, anything else the whole file (200); Accept-Ranges says so up front. The content
 * hash is the ETag (and If-Range's validator); the page links with {@code ?v=<hash>}, so a day of private
 * caching never plays an old recording. Bytes are read from the database in slices
 * ({@link LessonReadings}).
 */
@WebServlet("/lesson-audio/*")
public class LessonAudioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,100})/(([a-z0-9-]{1,100})\\.(ar|fr|en)\\.(mp3|ogg|oga|opus|m4a))");

    @Inject
    transient LessonReadings readings;

    @Inject
    transient LessonReader reader;

    @Inject
    transient CurrentUser currentUser;

    /** The address of a reading, versioned by its content hash. */
    public static String address(String contextPath, String courseCode, String fileName, String contentHash) {
        return contextPath + "/lesson-audio/" + courseCode + "/" + fileName + "?v=" + contentHash.substring(0, Math.min(16, contentHash.length()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<SignedInUser> user = currentUser.get();
        if (!path.matches() || user.isEmpty() || !mayListen(user.get(), path.group(1), path.group(3))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<LessonReadings.Stored> found = readings.find(path.group(1), path.group(2));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LessonReadings.Stored stored = found.get();
        String etag = "\"" + stored.contentHash() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String ifRange = request.getHeader("If-Range");
        ByteRange.Answer answer = ifRange != null && !ifRange.equals(etag)
                ? new ByteRange.Whole() : ByteRange.of(request.getHeader("Range"), stored.length());
        response.setContentType(stored.mediaType());
        if (answer instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + stored.length());
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setContentLength(0);
        } else if (answer instanceof ByteRange.Part part) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", part.range().contentRange(stored.length()));
            write(response, stored, part.range());
        } else if (stored.length() == 0) {
            response.setContentLength(0);
        } else {
            write(response, stored, new ByteRange(0, stored.length() - 1));
        }
    }

    private void write(HttpServletResponse response, LessonReadings.Stored stored, ByteRange range) throws IOException {
        response.setContentLengthLong(range.length());
        ServletOutputStream out = response.getOutputStream();
        for (long from = range.first(); from <= range.last(); from += LessonReadings.SLICE) {
            int length = (int) Math.min(LessonReadings.SLICE, range.last() - from + 1);
            out.write(readings.slice(stored.id(), from, length));
        }
    }

    /** Staff hear every reading; a trainee those of the lessons she may open. */
    private boolean mayListen(SignedInUser user, String course, String lesson) {
        if (user.role() != Role.TRAINEE) {
            return true;
        }
        try {
            reader.find(user.accountId(), course, lesson);
            return true;
        } catch (LearningRuleViolation e) {
            return false;
        }
    }
}
