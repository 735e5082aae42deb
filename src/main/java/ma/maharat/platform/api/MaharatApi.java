package ma.maharat.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The REST API. Callers authenticate with a personal access token ({@code Authorization: Bearer
 * mhr_...}, created on the profile page) or with HTTP Basic; see {@code MaharatAuthenticationMechanism}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Maharat API", version = "1", description = "Learning platform of the textile skills-development center of Laayoune–Sakia El Hamra"),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "A personal access token from the profile page"),
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
            description = "Username and password; failed attempts are throttled per account")
})
public class MaharatApi extends Application {

    /**
     * Jersey checks {@code @RolesAllowed} on resources only with this feature registered. No WADL: it
     * answered {@code OPTIONS} with a description of the API naming Jersey's version. Errors keep the
     * JSON body {@link ApiErrors} gives them instead of becoming the container's HTML error pages.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.response.setStatusOverSendError", true);
    }
}
