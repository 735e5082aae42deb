package ma.maharat.certificate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import ma.maharat.certificate.control.Certificates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/certificates}: the issued certificates, latest first, for administrators. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates")
public class CertificatesResource {

    private static final int MAX = 10_000;

    @Inject
    Certificates certificates;

    @JsonbNillable
    public record CertificateEntry(String number, String code, String holder, String holderUsername, String course,
            String courseTitleFr, String status, Instant issuedAt, Instant revokedAt) {}

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Issued certificates, latest first; q filters by number, code, holder or title")
    @APIResponse(responseCode = "200", description = "The certificates")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    public List<CertificateEntry> all(@QueryParam("q") @DefaultValue("") String text) {
        return certificates.search(text, MAX).stream()
                .map(c -> new CertificateEntry(c.getNumber(), c.getVerificationCode(), c.getHolderName(), c.getHolder().getUsername(),
                        c.getCourse().getCode(), c.getTitleFr(), c.status().name().toLowerCase(Locale.ROOT), c.getIssuedAt(),
                        c.getRevokedAt()))
                .toList();
    }
}
