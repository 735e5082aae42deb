package ma.maharat.course.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import ma.maharat.course.entity.CourseMedia;
import ma.maharat.course.entity.MediaPath;

/**
 * Serves the images of lessons: {@code /course-media/<course>/media/<file>}, for signed-in people only
 * (web.xml). An SVG is served with a sandboxing Content-Security-Policy, so that even opened on its own
 * it cannot run script; the content hash is the ETag, so a browser asks again only when it changed.
 */
@WebServlet("/course-media/*")
public class CourseMediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where a course's images are served, ending in {@code /media/}: lesson and question HTML point here. */
    public static String mediaAddress(String contextPath, String courseCode) {
        return contextPath + "/course-media/" + courseCode + "/media/";
    }

    @PersistenceContext
    transient EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Audio readings (lessons/…) are the lesson's, served per trainee by learning's LessonAudioServlet.
        MediaPath path = MediaPath.parse(request.getPathInfo()).filter(MediaPath::isMedia).orElse(null);
        if (path == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<CourseMedia> found = em.createNamedQuery(CourseMedia.BY_PATH, CourseMedia.class)
                .setParameter("course", path.course()).setParameter("path", path.file()).getResultList();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CourseMedia media = found.get(0);
        String etag = "\"" + media.getContentHash() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = media.getContent();
        response.setContentType(media.getMediaType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
