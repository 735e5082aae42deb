package ma.maharat.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.maharat.intake.control.Eligibility;
import ma.maharat.intake.control.Intake;
import ma.maharat.intake.control.Selection;
import ma.maharat.intake.control.SelectionScoring;
import ma.maharat.intake.entity.IntakeApplication;
import ma.maharat.intake.entity.IntakeCall;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/calls}: the calls open now, public (web.xml), as the application page shows them to
 * anyone, so that a partner's site can announce them; {@code GET /api/calls/{id}/applications}: a call's
 * applications, administrators only, for they name cooperatives and their contacts.
 */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "intake")
public class CallsResource {

    @Inject
    Intake intake;

    @Inject
    Selection selection;

    public record CallEntry(long id, String titleAr, String titleFr, String textAr, String textFr, String opensOn, String closesOn,
            int places, String region, List<String> legalForms, boolean textileRequired, int minimumMembers) {}

    @JsonbNillable
    public record ApplicationEntry(String reference, String status, String nameFr, String nameAr, String legalForm, String province,
            String city, int members, int womenMembers, boolean ledByWoman, String submittedAt, String withdrawnAt, int documents,
            boolean eligible, List<String> ineligibleBecause, int rank, Score score, String assessedOn, String decision,
            String decisionReason, String decidedBy, String decidedAt, Long cooperativeId) {}

    /** The selection score out of 100 and its parts (SelectionScoring); {@code assessed} false when not visited yet. */
    public record Score(BigDecimal total, BigDecimal need, BigDecimal size, BigDecimal women, boolean assessed) {}

    @GET
    @PermitAll
    @Operation(summary = "The calls for applications open now (public)")
    @APIResponse(responseCode = "200", description = "The open calls, most recent first")
    public List<CallEntry> open() {
        return intake.openCalls().stream().map(CallsResource::entry).toList();
    }

    @GET
    @Path("{id}/applications")
    @RolesAllowed("ADMIN")
    @Operation(summary = "A call's applications, in the order they were sent, with their eligibility, score, rank and the committee's decision (administrators only)")
    @APIResponse(responseCode = "200", description = "The applications")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @APIResponse(responseCode = "404", description = "No such call")
    public List<ApplicationEntry> applications(@PathParam("id") long id) {
        IntakeCall call = intake.call(id).orElseThrow(NotFoundException::new);
        // The ranking gives each application's verdict and score; the list keeps the order they were sent.
        Map<Long, Selection.Ranked> ranked = selection.ranking(call.getId()).stream()
                .collect(Collectors.toMap(r -> r.application().getId(), Function.identity()));
        return intake.applicationsOf(call.getId()).stream().map(a -> entry(a, ranked.get(a.getId()))).toList();
    }

    private static CallEntry entry(IntakeCall c) {
        return new CallEntry(c.getId(), c.getTitleAr(), c.getTitleFr(), c.getTextAr(), c.getTextFr(), c.getOpensOn().toString(),
                c.getClosesOn().toString(), c.getPlaces(), c.getRegion(), c.getLegalForms().stream().map(Enum::name).toList(),
                c.isTextileRequired(), c.getMinimumMembers());
    }

    private static ApplicationEntry entry(IntakeApplication a, Selection.Ranked r) {
        SelectionScoring.Score s = r.score();
        return new ApplicationEntry(a.getReference(), a.getStatus().name(), a.getNameFr(), a.getNameAr(), a.getLegalForm().name(),
                a.getProvince(), a.getCity(), a.getMembers(), a.getWomenMembers(), a.isLedByWoman(), a.getSubmittedAt().toString(),
                a.getWithdrawnAt() == null ? null : a.getWithdrawnAt().toString(), a.getDocuments().size(),
                r.verdict().eligible(), r.verdict().reasons().stream().map(Eligibility.Reason::key).toList(), r.rank(),
                new Score(s.total(), s.need(), s.size(), s.women(), s.assessed()),
                r.assessment() == null ? null : r.assessment().getVisitedOn().toString(),
                a.getDecision() == null ? null : a.getDecision().name(), a.getDecisionReason(), a.getDecidedBy(),
                a.getDecidedAt() == null ? null : a.getDecidedAt().toString(), a.getCooperativeId());
    }
}
