package ma.maharat.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Faces form posted without the page's script nonce gets a 400, not a 500. Under the script policy
 * (ContentSecurityPolicy) PrimeFaces' script adds the page's nonce to every form it finds, and PrimeFaces
 * refuses a post that lacks it or carries another ({@code CspException}): such a post comes from a script
 * that forged it or from a page that never ran its scripts, never from a person's click. PrimeFaces throws
 * the refusal as an error, which would show the error page with a 500 (and fail again, since that page is
 * rendered for the same post); here it becomes a plain 400 whose page (web.xml) is static HTML.
 */
@WebFilter(filterName = "FormNonceRefusal", urlPatterns = "*.xhtml")
public class FormNonceRefusal extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces' refusal, by name: the platform does not compile against PrimeFaces' internals. */
    static final String REFUSAL = "org.primefaces.csp.CspException";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isNonceRefusal(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    static boolean isNonceRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (REFUSAL.equals(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
