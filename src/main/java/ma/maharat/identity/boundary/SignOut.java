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
 * <p>The sign-out form in the top bar is the first form of every page, and after any Faces Ajax request
 * the Faces script adds the view state to it as to every other form. OmniFaces' unload beacon for
 * {@code @ViewScoped} beans goes to the first form with a view state: without the check below, leaving
 * a page after an Ajax request (the calendars, the planning page) posted the beacon here and signed the
 * person out behind her back, while the next page loaded ("Session already invalidated", "No one is
 * signed in", or the sign-in page).
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The parameter and value of OmniFaces' unload beacon (org.omnifaces.cdi.ViewScoped). */
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
