package ma.maharat.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Locale;

/**
 * Refuses a request body larger than Maharat ever needs with 413 and a page saying so, before anything
 * reads it. Payara reads at most 2 MiB of form fields: a larger form used to reach the page with its
 * fields missing and end in a 500, even for a visitor who had not signed in (issue 13).
 *
 * <p>Forms ({@code application/x-www-form-urlencoded}) are held to {@value #MAX_FORM_BYTES} bytes;
 * uploads ({@code multipart/form-data}) to {@value #MAX_UPLOAD_BYTES}, the largest upload a page accepts
 * (five photos of a practical sign-off); other bodies (the API's JSON and GIFT text) to
 * {@value #MAX_OTHER_BYTES}, a million Arabic characters of GIFT with room to spare. Each page and
 * endpoint then applies its own, smaller limit with its own message.
 */
@WebFilter(filterName = "RequestSizeLimit", urlPatterns = "/*")
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Payara's limit on form fields, and far above any form of Maharat (a lesson in Markdown). */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    /** Five photos of 8 MiB and the form around them. */
    static final long MAX_UPLOAD_BYTES = 42L * 1024 * 1024;
    /** The API's bodies: {@code POST /api/gift/parse} takes a million characters, up to 4 bytes each. */
    static final long MAX_OTHER_BYTES = 8L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long limit = type.startsWith("multipart/") ? MAX_UPLOAD_BYTES
                : type.startsWith("application/x-www-form-urlencoded") ? MAX_FORM_BYTES : MAX_OTHER_BYTES;
        if (length > limit) {
            // The body is not read: the connection closes after the answer rather than draining it.
            response.setHeader("Connection", "close");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(413);
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write("{\"error\":\"request_entity_too_large\",\"status\":413,\"limit\":" + limit + "}");
                return;
            }
            // Not sendError: the container's error page would read the form's fields, which is the very
            // thing that fails ("Post too large"). The page is shown to a request without a body.
            response.setStatus(413);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    static final String PAGE = "/WEB-INF/errorpages/413.xhtml";

    /** The refused request as a GET with no body and no fields, so that showing the page reads nothing. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("the body of a refused request is not read");
        }
    }
}
