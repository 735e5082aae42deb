package ma.maharat.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a state-changing API request that a browser says comes from another site. A browser that
 * holds an administrator's credentials (a session cookie, or Basic credentials it remembered) would
 * otherwise send them with a form that a foreign page posts to {@code /api/certificates/issue}.
 *
 * <p>Browsers say where a request comes from in {@code Sec-Fetch-Site} and, for POST, {@code Origin};
 * a request whose {@code Origin} is not this server, or that a browser marks {@code cross-site} or
 * {@code same-site} (another host of the same site), is refused with 403. Scripts and tools that call
 * the API send neither header and are not affected. Reading requests (GET, HEAD, OPTIONS) change
 * nothing and pass.
 */
@Provider
@PreMatching
public class CrossSiteRequests implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        boolean foreignSite = site != null && !site.equals("same-origin") && !site.equals("none");
        String origin = request.getHeaderString("Origin");
        if (foreignSite || origin != null && !isThisServer(origin, request.getUriInfo().getRequestUri())) {
            request.abortWith(Response.status(403).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiErrors.body(403, "cross_site_request")).build());
        }
    }

    private static boolean isThisServer(String origin, URI requested) {
        try {
            URI from = URI.create(origin);
            // The host only: behind a proxy that ends TLS, the request arrives as http on another port.
            return from.getHost() != null && from.getHost().equalsIgnoreCase(requested.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
