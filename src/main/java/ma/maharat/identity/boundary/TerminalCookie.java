package ma.maharat.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import ma.maharat.identity.control.Terminals;
import ma.maharat.identity.entity.RegisteredTerminal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie that makes a browser one of the center's registered terminals: HttpOnly (no script reads
 * it), SameSite=Strict (no other site's page sends it), Secure behind HTTPS, kept 400 days (the most
 * Chromium keeps any cookie). It holds a random token whose hash {@link Terminals} stores.
 */
@ApplicationScoped
public class TerminalCookie {

    public static final String NAME = "MAHARAT_TERMINAL";
    private static final int MAX_AGE_SECONDS = 400 * 24 * 3600;

    @Inject
    Terminals terminals;

    @Inject
    @ConfigProperty(name = "maharat.cookie.secure", defaultValue = "false")
    boolean secure;

    /** The registered, unrevoked terminal this request comes from, if any. */
    public Optional<RegisteredTerminal> terminalOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> NAME.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .flatMap(terminals::holding);
    }

    public void give(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", header(request, token, MAX_AGE_SECONDS));
    }

    public void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Set-Cookie", header(request, "", 0));
    }

    private String header(HttpServletRequest request, String value, int maxAge) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        return NAME + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (secure || request.isSecure() ? "; Secure" : "");
    }
}
