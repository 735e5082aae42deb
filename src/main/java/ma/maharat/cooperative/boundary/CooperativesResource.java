package ma.maharat.cooperative.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import ma.maharat.cooperative.control.Cooperatives;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/cooperatives}: the programme's cooperatives, for its partners (administrators only). */
@Path("cooperatives")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cooperatives")
public class CooperativesResource {

    @Inject
    Cooperatives cooperatives;

    /** A cooperative as partners see it; unknown details are {@code null} rather than missing. */
    @JsonbNillable
    public record CooperativeEntry(long id, String nameFr, String nameAr, String province, String city, String legalForm,
            Integer yearFounded,
            @Schema(description = "The number of members the cooperative declares") Integer declaredMembers,
            @Schema(description = "Active trainee accounts of its members on the platform") long traineeAccounts,
            boolean womenLed) {}

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The cooperatives of the programme, by French name, with their trainee accounts")
    @APIResponse(responseCode = "200", description = "The cooperatives")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    public List<CooperativeEntry> all() {
        Map<Long, Long> trainees = cooperatives.activeTraineeCounts();
        return cooperatives.all().stream()
                .map(c -> new CooperativeEntry(c.getId(), c.getNameFr(), c.getNameAr(), c.getProvince(), c.getCity(),
                        c.getLegalForm().name(), c.getYearFounded(), c.getMembersCount(), trainees.getOrDefault(c.getId(), 0L),
                        c.isWomenLed()))
                .toList();
    }
}
