package ma.maharat.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is asking, as far as rate limits can tell: the connection's own address unless
 * {@code maharat.proxy.trusted} says a reverse proxy stands in front and sets {@code X-Forwarded-For}.
 * Trusting that header otherwise would let anyone pick a fresh address per request and escape every
 * per-client limit (certificate lookups, password checks).
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "maharat.proxy.trusted", defaultValue = "false")
    boolean proxyTrusted;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /** The last address a trusted proxy added, else the connection's. */
    public String of(String remoteAddress, String forwardedFor) {
        if (proxyTrusted && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            return hops[hops.length - 1].strip();
        }
        return remoteAddress;
    }
}
