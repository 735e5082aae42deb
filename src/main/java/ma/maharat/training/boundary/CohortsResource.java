package ma.maharat.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import ma.maharat.course.entity.Course;
import ma.maharat.training.control.CohortProgress;
import ma.maharat.training.control.CohortRuleViolation;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/cohorts} and {@code GET /api/cohorts/{id}/progress}: the training cycles and how far
 * their trainees are, for the programme's partners (administrators only). Dates are ISO-8601.
 */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts")
public class CohortsResource {

    @Inject
    Cohorts cohorts;

    @Inject
    CohortProgress cohortProgress;

    /** A cooperative taking part in a cohort. */
    public record CooperativeRef(long id, String nameFr, String nameAr) {}

    /** A course of a cohort's programme; positions start at 1. */
    public record ProgrammeCourse(int position, String code, String titleFr, String titleAr) {}

    /** A cohort with its cooperatives and its programme in order. */
    public record CohortEntry(long id, String name, LocalDate startDate, LocalDate endDate,
            @Schema(description = "Days of the cycle, first and last included") long days,
            List<CooperativeRef> cooperatives, List<ProgrammeCourse> programme) {}

    /** A trainee's standing in one course of the programme. */
    @JsonbNillable
    public record CourseEntry(String code, int lessonsDone,
            @Schema(description = "The course's current lessons") int lessonCount,
            @Schema(description = "When the course was completed; null until then") Instant completedAt,
            boolean finalQuizPassed,
            @Schema(description = "How her cooperative's personalised programme treats the course: FULL, SHORTENED (no practical"
                    + " work required) or OPTIONAL (does not count toward the programme)") String treatment) {}

    /** A trainee of the cohort and her progress through its programme. */
    @JsonbNillable
    public record TraineeEntry(String username, String fullName, String fullNameAr,
            @Schema(description = "The French name of her cooperative") String cooperative,
            List<CourseEntry> courses,
            @Schema(description = "Lessons done over the programme") int lessonsDone,
            @Schema(description = "Distinct quizzes passed within the programme's courses") int quizzesPassed,
            @Schema(description = "Practical tasks of the programme's courses a trainer signed off at a passing level") int practicalTasksSigned,
            @Schema(description = "Whether she completed every course required by her programme (OPTIONAL ones do not count)")
            boolean programmeCompleted) {}

    /** A cohort's progress: its active trainees, by cooperative then name. */
    public record CohortProgressEntry(long cohortId, String cohortName, List<TraineeEntry> trainees) {}

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The cohorts, latest first, with their dates, cooperatives and programme")
    @APIResponse(responseCode = "200", description = "The cohorts")
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    public List<CohortEntry> all() {
        return cohorts.all().stream().map(CohortsResource::entry).toList();
    }

    @GET
    @Path("{id: [0-9]+}/progress")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Per trainee of a cohort: lessons done per course, quizzes passed, practical tasks signed")
    @APIResponse(responseCode = "200", description = "The cohort's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortProgressEntry.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not an administrator")
    @APIResponse(responseCode = "404", description = "No such cohort: {\"error\":\"cohort_not_found\"}")
    public Response progress(@PathParam("id") long id) {
        CohortProgress.Report report;
        try {
            report = cohortProgress.of(id);
        } catch (CohortRuleViolation e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "cohort_not_found")).build();
        }
        List<TraineeEntry> trainees = report.trainees().stream()
                .map(t -> new TraineeEntry(t.username(), t.fullName(), t.fullNameAr(), t.cooperative(),
                        t.progress().courses().stream()
                                .map(c -> new CourseEntry(c.code(), c.lessonsDone(), c.lessonCount(), c.completedAt(), c.finalQuizPassed(),
                                        c.treatment().name()))
                                .toList(),
                        t.progress().lessonsDone(), t.progress().quizzesPassed(), t.practicalTasksSigned(), t.progress().isComplete()))
                .toList();
        return Response.ok(new CohortProgressEntry(report.cohort().getId(), report.cohort().getName(), trainees)).build();
    }

    private static CohortEntry entry(Cohort cohort) {
        List<Course> programme = cohort.getProgramme();
        return new CohortEntry(cohort.getId(), cohort.getName(), cohort.getStartDate(), cohort.getEndDate(), cohort.lengthInDays(),
                cohort.getCooperatives().stream().map(c -> new CooperativeRef(c.getId(), c.getNameFr(), c.getNameAr())).toList(),
                IntStream.range(0, programme.size())
                        .mapToObj(i -> new ProgrammeCourse(i + 1, programme.get(i).getCode(), programme.get(i).getTitle().getFr(),
                                programme.get(i).getTitle().getAr()))
                        .toList());
    }
}
