package ma.maharat.identity.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A trainee is still at her page: {@code terminal.js} calls this when she reads, scrolls or types
 * without loading a page, so that her session on the server, which ends after the idle time and the
 * countdown ({@link ma.maharat.identity.control.IdleLimit}), lives as long as she is active. Under
 * {@code /learn/}, so web.xml lets trainees only; a session that has ended is answered by the
 * authentication mechanism with its redirect to the sign-in page, which tells the page to leave too.
 * Any request in the session keeps it alive; this one does nothing else.
 */
@WebServlet("/learn/still-here")
public class StillHere extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
