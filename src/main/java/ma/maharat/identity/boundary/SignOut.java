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
 */
@WebServlet("/logout")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + MaharatAuthenticationMechanism.LOGIN_PAGE + "?signedOut=true");
    }
}
