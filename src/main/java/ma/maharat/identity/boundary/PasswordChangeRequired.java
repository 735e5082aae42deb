package ma.maharat.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.maharat.identity.control.AccountStatus;

/**
 * Someone signed in with a password an administrator set must choose their own before using any
 * page: the administrator knows the temporary one.
 */
@WebFilter(filterName = "PasswordChangeRequired", urlPatterns = {"/learn/*", "/trainer/*", "/admin/*", "/profile/*"})
public class PasswordChangeRequired extends HttpFilter {

    static final String PAGE = "/profile/password.xhtml";
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountStatus accountStatus;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange = !path.equals(PAGE) && currentUser.get()
                .map(user -> accountStatus.mustChangePassword(user.accountId()))
                .orElse(false);
        if (mustChange) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
