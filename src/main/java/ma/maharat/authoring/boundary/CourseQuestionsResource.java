package ma.maharat.authoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.Optional;
import ma.maharat.authoring.control.AuthoringRuleViolation;
import ma.maharat.authoring.control.BankDownloads;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Account;
import ma.maharat.platform.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/courses/{code}/questions.xml} and {@code .../questions.gift}, {@code ?language=fr|ar} (French when
 * absent): the course's question bank for the course's trainers and administrators. 404 for an unknown course,
 * 400 for another language, 403 for a trainer who does not teach the course (and for trainees, by role).
 */
@Path("courses/{code}")
@RequestScoped
@Tag(name = "courses")
public class CourseQuestionsResource {

    @Inject
    BankDownloads downloads;

    @PersistenceContext
    EntityManager em;

    @Context
    SecurityContext security;

    @GET
    @Path("questions.xml")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "The course's question bank as Moodle XML in one language, calculated questions with their datasets")
    public Response moodleXml(@PathParam("code") String code, @QueryParam("language") String language) {
        return download(code, language, true);
    }

    @GET
    @Path("questions.gift")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "The course's question bank as GIFT in one language; a leading comment names the calculated questions"
            + " written with their first values only (GIFT has no calculated type)")
    public Response gift(@PathParam("code") String code, @QueryParam("language") String language) {
        return download(code, language, false);
    }

    private Response download(String code, String languageCode, boolean moodle) {
        Optional<Language> language = languageCode == null || languageCode.isBlank() ? Optional.of(Language.FR)
                : Language.ofCode(languageCode).filter(l -> l != Language.EN);
        if (language.isEmpty()) {
            return error(400, "language is fr or ar: '" + languageCode + "'");
        }
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", security.getUserPrincipal().getName()).getSingleResult();
        try {
            BankDownloads.Download download = moodle ? downloads.moodleXml(code, language.get(), SignedInUser.of(account))
                    : downloads.gift(code, language.get(), SignedInUser.of(account));
            return Response.ok(download.content(), download.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"").build();
        } catch (AuthoringRuleViolation e) {
            return e.messageKey().equals("authoring.noCourse") ? error(404, "no course '" + code + "'")
                    : error(403, "only the course's trainers and administrators download its questions");
        }
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
