package ma.maharat.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The site's root: the signed-in person's home, or the sign-in page. */
@WebServlet("")
public class RoleHome extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + currentUser.getHomePath());
    }
}
