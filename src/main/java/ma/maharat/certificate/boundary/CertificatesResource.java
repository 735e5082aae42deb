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
import ma.maharat.certificate.control.CertificateEligibility;
import ma.maharat.certificate.control.CertificateEligibility.GroupKind;
import ma.maharat.certificate.control.CertificateIssuing;
import ma.maharat.certificate.control.CertificateRegister;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import ma.maharat.certificate.control.EligibilityReport;
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
    CertificateEligibility eligibility;

    @Inject
    CertificateIssuing issuing;

    @Inject
    CertificateRegister register;

    /**
     * One certificate: {@code course} is the course's code, or null for a programme certificate, whose
     * cohort {@code programmeCohort} names; {@code courseTitleFr} is the title it states in French.
     */
    @JsonbNillable
    public record CertificateEntry(String number, String code, String holder, String holderUsername, String course,
            String programmeCohort, String courseTitleFr, String status, Instant issuedAt, Instant revokedAt) {}

    /** What a bulk issue did: the numbers issued, and how many trainees of the group were skipped. */
    public record BulkOutcome(List<String> issued, int skipped) {}

    /**
     * Issues the certificates of a course to every eligible trainee of a cohort or a cooperative who has
     * none yet, or with {@code programme} (a cohort's id) the programme certificates of that cohort, in batches of {@value BulkIssuing#BATCH} (one transaction each), exactly as the
     * administrators' page does; running it again issues nothing twice. Scripts use it; the API takes no
     * session cookie, so no other site can make a browser call it.
     */
    @POST
    @Path("issue")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Issue a course's certificates to every eligible trainee of a cohort or a cooperative,"
            + " or a cohort's programme certificates (programme=cohort id)")
    @APIResponse(responseCode = "200", description = "The certificates issued and how many trainees were skipped")
    @APIResponse(responseCode = "400", description = "No such course or cohort, neither cohort nor cooperative given,"
            + " or a programme given with a course or a group")
    public BulkOutcome issue(@QueryParam("course") String course, @QueryParam("cohort") Long cohort,
            @QueryParam("cooperative") Long cooperative, @QueryParam("programme") Long programme) {
        if (programme != null) {
            if (course != null || cohort != null || cooperative != null) {
                // A programme's certificates go to its own cohort: a course or a group as well is a mistake, not a filter.
                throw new WebApplicationException(Response.status(400).entity(java.util.Map.of("error", "give_programme_alone")).build());
            }
            return issueProgramme(programme);
        }
        if ((cohort == null) == (cooperative == null)) {
            throw new WebApplicationException(Response.status(400).entity(java.util.Map.of("error", "give_cohort_or_cooperative")).build());
        }
        try {
            long courseId = eligibility.courseByCode(course).getId();
            var report = eligibility.eligibility(courseId, cohort != null ? GroupKind.COHORT : GroupKind.COOPERATIVE,
                    cohort != null ? cohort : cooperative);
            return inBatches(report, batch -> issuing.issueBatch(courseId, batch));
        } catch (CertificateRuleViolation e) {
            throw new WebApplicationException(Response.status(400).entity(java.util.Map.of("error", e.messageKey())).build());
        }
    }

    private BulkOutcome issueProgramme(long cohortId) {
        try {
            return inBatches(eligibility.programmeEligibility(cohortId), batch -> issuing.issueProgrammeBatch(cohortId, batch));
        } catch (CertificateRuleViolation e) {
            throw new WebApplicationException(Response.status(400).entity(java.util.Map.of("error", e.messageKey())).build());
        }
    }

    /** Issues to everyone the report says will receive one, a batch (one transaction) at a time. */
    private static BulkOutcome inBatches(EligibilityReport report,
            java.util.function.Function<List<Long>, CertificateIssuing.BatchOutcome> issueBatch) {
        List<Long> toIssue = report.toIssue();
        List<String> issued = new ArrayList<>();
        int skipped = report.candidates().size() - toIssue.size();
        for (int from = 0; from < toIssue.size(); from += BulkIssuing.BATCH) {
            CertificateIssuing.BatchOutcome batch = issueBatch.apply(toIssue.subList(from, Math.min(toIssue.size(), from + BulkIssuing.BATCH)));
            issued.addAll(batch.issuedNumbers());
            skipped += batch.skipped();
        }
        return new BulkOutcome(issued, skipped);
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Issued certificates, latest first; q filters by number, code, holder or title")
    @APIResponse(responseCode = "200", description = "The certificates")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    public List<CertificateEntry> all(@QueryParam("q") @DefaultValue("") String text) {
        return register.search(text, MAX).stream()
                .map(c -> new CertificateEntry(c.getNumber(), c.getVerificationCode(), c.getHolderName(), c.getHolder().getUsername(),
                        c.isForProgramme() ? null : c.getCourse().getCode(), c.isForProgramme() ? c.getProgramme().getName() : null,
                        c.getTitleFr(), c.status().name().toLowerCase(Locale.ROOT), c.getIssuedAt(),
                        c.getRevokedAt()))
                .toList();
    }
}
