package ma.maharat.certificate.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short public addresses printed under the QR code: {@code /verify/K7QM-3XRT-9BHD-2WEA} shows
 * the verification page for that code and {@code /verify/K7QM-3XRT-9BHD-2WEA/credential.json} gives
 * its credential. Both are forwarded inside the server, so the address people scanned stays in the
 * browser; everything else under {@code /verify/} (the page itself, its resources, the status
 * lists) passes untouched.
 */
@WebFilter(filterName = "VerificationAddresses", urlPatterns = "/verify/*")
public class VerificationAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("/([0-9A-Za-z][0-9A-Za-z -]{3,40})(/credential\\.json)?/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/verify".length());
        Matcher code = CODE.matcher(java.net.URLDecoder.decode(path, StandardCharsets.UTF_8));
        // A language switch (?lang=) is applied and redirected by LanguageSwitch first.
        if (!code.matches() || path.startsWith("/status/") || path.startsWith("/credential/") || path.endsWith(".xhtml")
                || request.getParameter("lang") != null) {
            chain.doFilter(request, response);
            return;
        }
        String encoded = URLEncoder.encode(code.group(1), StandardCharsets.UTF_8);
        String target = code.group(2) == null ? "/verify/index.xhtml?code=" + encoded : "/verify/credential/" + encoded;
        request.getRequestDispatcher(target).forward(request, response);
    }
}
