package ma.maharat.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/verify/{code}}: what the public verification page shows, as JSON, for anyone
 * (no sign-in: web.xml leaves {@code /api/verify/*} open), rate-limited per client like the page.
 */
@Path("verify")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
public class VerifyResource {

    @Inject
    PublicVerification verification;

    @Context
    HttpServletRequest request;

    /** A certificate as a verifier sees it; {@code statusDate} is when it was revoked or superseded. */
    @JsonbNillable
    public record Verified(String status, LocalDate statusDate, String number, String holderName, String holderNameAr,
            Map<String, String> course, LocalDate issuedOn) {}

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "Whether a certificate is valid, superseded or revoked, with its holder, course and day of issue")
    @APIResponse(responseCode = "200", description = "The certificate of the code")
    @APIResponse(responseCode = "404", description = "No certificate has this code")
    @APIResponse(responseCode = "429", description = "Too many lookups from this client; see Retry-After")
    public Response verify(@PathParam("code") String code) {
        PublicVerification.Outcome outcome = verification.lookup(request, code);
        if (outcome instanceof PublicVerification.Limited limited) {
            return Response.status(429).header("Retry-After", limited.retryAfter().toSeconds())
                    .entity(Map.of("error", "too_many_lookups")).build();
        }
        if (outcome instanceof PublicVerification.Found f) {
            return Response.ok(new Verified(f.status().name().toLowerCase(java.util.Locale.ROOT), f.statusOn(), f.number(),
                    f.holderName(), f.holderNameAr(), Map.of("fr", f.titleFr(), "ar", f.titleAr(), "en", f.titleEn()), f.issuedOn()))
                    .build();
        }
        return Response.status(404).entity(Map.of("status", "unknown")).build();
    }
}
