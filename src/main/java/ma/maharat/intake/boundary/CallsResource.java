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
import java.util.List;
import ma.maharat.intake.control.Intake;
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

    public record CallEntry(long id, String titleAr, String titleFr, String textAr, String textFr, String opensOn, String closesOn,
            int places, String region, List<String> legalForms, boolean textileRequired, int minimumMembers) {}

    @JsonbNillable
    public record ApplicationEntry(String reference, String status, String nameFr, String nameAr, String legalForm, String province,
            String city, int members, int womenMembers, boolean ledByWoman, String submittedAt, String withdrawnAt, int documents) {}

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
    @Operation(summary = "A call's applications, in the order they were sent (administrators only)")
    @APIResponse(responseCode = "200", description = "The applications")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @APIResponse(responseCode = "404", description = "No such call")
    public List<ApplicationEntry> applications(@PathParam("id") long id) {
        IntakeCall call = intake.call(id).orElseThrow(NotFoundException::new);
        return intake.applicationsOf(call.getId()).stream().map(CallsResource::entry).toList();
    }

    private static CallEntry entry(IntakeCall c) {
        return new CallEntry(c.getId(), c.getTitleAr(), c.getTitleFr(), c.getTextAr(), c.getTextFr(), c.getOpensOn().toString(),
                c.getClosesOn().toString(), c.getPlaces(), c.getRegion(), c.getLegalForms().stream().map(Enum::name).toList(),
                c.isTextileRequired(), c.getMinimumMembers());
    }

    private static ApplicationEntry entry(IntakeApplication a) {
        return new ApplicationEntry(a.getReference(), a.getStatus().name(), a.getNameFr(), a.getNameAr(), a.getLegalForm().name(),
                a.getProvince(), a.getCity(), a.getMembers(), a.getWomenMembers(), a.isLedByWoman(), a.getSubmittedAt().toString(),
                a.getWithdrawnAt() == null ? null : a.getWithdrawnAt().toString(), a.getDocuments().size());
    }
}
