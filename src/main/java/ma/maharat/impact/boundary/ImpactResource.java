package ma.maharat.impact.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.impact.control.ImpactReport;
import ma.maharat.impact.control.Indicator;
import ma.maharat.impact.control.ReportPeriod;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/reports/impact?from=&to=&cohort=}: the programme's indicators for the partners
 * (administrators only), for the whole programme, each cohort, province and cooperative of the period. The
 * figures leave Maharat, so the small-count rule applies: a count below 5 is {@code "< 5"}
 * ({@link Indicator#published()}); definitions are in docs/impact.md.
 */
@Path("reports/impact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ImpactResource {

    @Inject
    ImpactReport report;

    /** One indicator as published: figures are strings, since a small count is {@code "< 5"}. */
    @JsonbNillable
    public record IndicatorEntry(String key, @Schema(description = "The SDG target, e.g. 5.5") String sdgTarget,
            @Schema(description = "COUNT, SHARE, MAD, POINTS (a mean in percentage points over base trainee-course pairs) or NOT_MEASURED") String kind,
            @Schema(description = "The figure; a count below 5 is \"< 5\"; a share in percent (\"62 %\")") String value,
            @Schema(description = "For a share: its count") String count,
            @Schema(description = "For a share: its base; for a mean in points: how many trainee-course pairs") String base,
            @Schema(description = "For a share given: the percent; null when withheld") Long percent) {}

    @JsonbNillable
    public record ScopeEntry(@Schema(description = "programme, cohort, province or cooperative") String scope, Long id, String name, String nameAr,
            List<IndicatorEntry> indicators) {}

    @JsonbNillable
    public record ImpactEntry(LocalDate from, LocalDate to, Long cohort, String smallCountRule, List<ScopeEntry> scopes) {}

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The programme's indicators for a period (cohorts whose days meet it), with the small-count rule")
    @APIResponse(responseCode = "200", description = "The indicators per scope")
    @APIResponse(responseCode = "400", description = "A bad parameter: {\"error\":\"bad_from\",\"message\":\"...\"}")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    public Response impact(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cohort") String cohort) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(from, to, cohort);
        } catch (ReportPeriod.Refused e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.code());
            body.put("message", e.getMessage());
            body.put("status", 400);
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON).entity(body).build();
        }
        ImpactReport.Report result = report.of(period);
        return Response.ok(new ImpactEntry(period.from(), period.to(), period.cohortId(),
                "Counts below " + Indicator.SMALL_COUNT + " are given as \"" + Indicator.SMALL + "\"; a share only when its count and base are both at least "
                        + Indicator.SMALL_COUNT,
                result.scopes().stream().map(ImpactResource::entry).toList())).build();
    }

    private static ScopeEntry entry(ImpactReport.Scope scope) {
        return new ScopeEntry(scope.kind(), scope.id(), scope.name(), scope.nameAr(), scope.indicators().stream()
                .map(i -> new IndicatorEntry(i.key(), i.sdgTarget(), i.kind().name(), i.isMeasured() ? i.published() : null,
                        i.kind() == Indicator.Kind.SHARE ? i.publishedValue() : null, i.kind() == Indicator.Kind.SHARE || i.kind() == Indicator.Kind.POINTS ? i.publishedBase() : null,
                        i.publishedPercent()))
                .toList());
    }
}
