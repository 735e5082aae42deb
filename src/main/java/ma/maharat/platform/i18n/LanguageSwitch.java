package ma.maharat.platform.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The language switcher is a plain link ({@code ?lang=ar}) that works on every page, with or without
 * a form or a view state: this filter applies it and redirects to the same address without the
 * parameter, so that reloading or bookmarking does not switch again.
 */
@WebFilter(filterName = "LanguageSwitch", urlPatterns = "/*")
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    LanguageSelection selection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only GET: reading a parameter of a form post here would parse the body before Faces does.
        String requested = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
        if (requested == null) {
            chain.doFilter(request, response);
            return;
        }
        Language.ofCode(requested).ifPresent(selection::choose);
        response.sendRedirect(request.getRequestURI() + remainingQuery(request));
    }

    private static String remainingQuery(HttpServletRequest request) {
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> Map.entry(e.getKey(), v)))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
