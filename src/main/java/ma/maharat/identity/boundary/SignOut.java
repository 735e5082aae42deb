package ma.maharat.identity.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out: ends the container login and throws the whole session away, so that the next person at
 * a shared terminal finds nothing of the last one. POST only, so no link on another site can sign
 * someone out; SameSite cookies keep cross-site forms from carrying the session.
 *
 * <p>Not every POST here is a person: OmniFaces' view-scope unload beacon posts to the first form of
 * the page that holds a Faces view state, and after any AJAX update PrimeFaces copies the view state
 * into every POST form of the page, the sign-out form in the top bar first. Leaving such a page then
 * signed people out behind their backs; the beacon is answered and ignored instead.
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String OMNIFACES_EVENT = "omnifaces.event";
    private static final String UNLOAD_BEACON = "unload";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (UNLOAD_BEACON.equals(request.getParameter(OMNIFACES_EVENT))) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + MaharatAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
    }
}
