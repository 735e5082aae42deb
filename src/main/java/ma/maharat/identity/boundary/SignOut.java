package ma.maharat.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;

/**
 * Signs out: ends the container login and throws the whole session away, so that the next person at
 * a shared terminal finds nothing of the last one. POST only, so no link on another site can sign
 * someone out; SameSite cookies keep cross-site forms from carrying the session.
 *
 * <p>The sign-in page then says why in the language of the person who left ({@code language}): the
 * session that knew it is gone. Her language is read from the session before it ends; a page whose
 * session the server already ended (a trainee's countdown after a closed lid) posts it along. Why:
 * {@code reason=idle} (her page's countdown ran out), {@code reason=notMe} (the next person pressed
 * "Not me"), otherwise she signed out herself.
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

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (UNLOAD_BEACON.equals(request.getParameter(OMNIFACES_EVENT))) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        HttpSession session = request.getSession(false);
        // Only an existing session is asked: asking the session-scoped selection would start a new one.
        Language leaving = session != null ? language.current()
                : Language.ofCode(request.getParameter("language")).orElse(Language.DEFAULT);
        request.logout();
        session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + MaharatAuthenticationMechanism.LOGIN_PAGE + "?signedOut="
                + why(request.getParameter("reason")) + "&language=" + leaving.code());
    }

    /** The sign-in page's {@code signedOut} parameter: {@code idle}, {@code notMe} or {@code true}. */
    static String why(String reason) {
        return Optional.ofNullable(reason).filter(r -> r.equals("idle") || r.equals("notMe")).orElse("true");
    }
}
