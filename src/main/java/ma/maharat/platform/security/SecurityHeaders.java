package ma.maharat.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;

/**
 * Headers that make every response safer in a browser: no framing by other sites (clickjacking), no
 * content-type sniffing, no referrer leaking page addresses, and nothing kept by the browser: at a
 * shared terminal, the back button, a new tab or the browser's cache must not show the previous
 * person's pages, certificates, exports or API answers after she signed out.
 *
 * <p>{@code Cache-Control: no-store} (with {@code Pragma: no-cache} for HTTP/1.0 caches) goes on every
 * response but the few that are the same for everyone: Faces resources (stylesheets, scripts), lesson
 * pictures ({@code /course-media/}, cached privately by their servlet) and the public status list of
 * certificates. A servlet or a library that sets a weaker caching header on another address is
 * overruled here, so that a new download cannot forget it.
 */
// ERROR too: the container writes error pages (404, 500…) after the request's own filters have run,
// on a response whose headers it cleared; they need the same protection as any other page.
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Addresses whose answers are the same for everyone and may be kept by the browser. */
    private static final List<String> SHARED = List.of("/jakarta.faces.resource/", "/course-media/", "/verify/status/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        protect(response);
        HttpServletResponse onePolicy = new OnePolicy(response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SHARED.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, onePolicy);
            return;
        }
        NoStore.forbidStoring(response);
        chain.doFilter(request, new NoStore(onePolicy));
    }

    /**
     * The same headers on an answer given before any filter runs: the authentication mechanism refuses
     * API requests itself (a 401 with its JSON), ahead of the filter chain.
     */
    public static void protectUnfiltered(HttpServletResponse response) {
        protect(response);
        NoStore.forbidStoring(response);
    }

    private static void protect(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.DEFAULT);
    }

    /**
     * A response that keeps one Content-Security-Policy: PrimeFaces adds its nonce-bearing script policy
     * as a second header, which is merged into Maharat's instead (see {@link ContentSecurityPolicy}).
     * A servlet that sets a policy of its own (the sandboxed media) still replaces it. A download that
     * resets the response gets these safety headers back.
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) && ContentSecurityPolicy.isScriptPolicy(value)) {
                super.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.withScriptPolicy(value));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void reset() {
            super.reset();
            protect((HttpServletResponse) getResponse());
        }
    }

    /**
     * A response whose caching headers stay {@code no-store}, whatever is set later, and even after a
     * {@link #reset()}: a download written by a Faces action resets the response (and its headers)
     * before writing, which used to leave it with no caching header at all.
     */
    private static final class NoStore extends HttpServletResponseWrapper {

        NoStore(HttpServletResponse response) {
            super(response);
        }

        static void forbidStoring(HttpServletResponse response) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }

        @Override
        public void reset() {
            super.reset();
            forbidStoring((HttpServletResponse) getResponse());
        }

        private static boolean caching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Pragma".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
