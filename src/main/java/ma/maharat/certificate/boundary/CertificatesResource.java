package ma.maharat.certificate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import ma.maharat.certificate.control.CertificateRuleViolation;
import ma.maharat.certificate.control.Certificates.GroupKind;
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

    /** What a bulk issue did: the numbers issued, and how many trainees of the group were skipped. */
    public record BulkOutcome(List<String> issued, int skipped) {}

    /**
     * Issues the certificates of a course to every eligible trainee of a cohort or a cooperative who has
     * none yet, in batches of {@value ManageCertificates#BATCH} (one transaction each), exactly as the
     * administrators' page does; running it again issues nothing twice. Scripts use it; the API takes no
     * session cookie, so no other site can make a browser call it.
     */
    @POST
    @Path("issue")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Issue a course's certificates to every eligible trainee of a cohort or a cooperative")
    @APIResponse(responseCode = "200", description = "The certificates issued and how many trainees were skipped")
    @APIResponse(responseCode = "400", description = "No such course, or neither cohort nor cooperative given")
    public BulkOutcome issue(@QueryParam("course") String course, @QueryParam("cohort") Long cohort,
            @QueryParam("cooperative") Long cooperative) {
        if ((cohort == null) == (cooperative == null)) {
            throw new WebApplicationException(Response.status(400).entity(java.util.Map.of("error", "give_cohort_or_cooperative")).build());
        }
        try {
            long courseId = certificates.courseByCode(course).getId();
            var report = certificates.eligibility(courseId, cohort != null ? GroupKind.COHORT : GroupKind.COOPERATIVE,
                    cohort != null ? cohort : cooperative);
            List<Long> toIssue = report.toIssue();
            List<String> issued = new ArrayList<>();
            int skipped = report.candidates().size() - toIssue.size();
            for (int from = 0; from < toIssue.size(); from += ManageCertificates.BATCH) {
                Certificates.BatchOutcome batch = certificates.issueBatch(courseId,
                        toIssue.subList(from, Math.min(toIssue.size(), from + ManageCertificates.BATCH)));
                issued.addAll(batch.issuedNumbers());
                skipped += batch.skipped();
            }
            return new BulkOutcome(issued, skipped);
        } catch (CertificateRuleViolation e) {
            throw new WebApplicationException(Response.status(400).entity(java.util.Map.of("error", e.messageKey())).build());
        }
    }

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
