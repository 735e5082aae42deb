package ma.maharat.learning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import ma.maharat.identity.entity.Account;
import ma.maharat.learning.control.Learning;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/me/progress}: the caller's progress in each course she is enrolled in. */
@Path("me/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ProgressResource {

    @Inject
    Learning learning;

    @PersistenceContext
    EntityManager em;

    @Context
    SecurityContext security;

    /** Progress in one course. */
    public record CourseProgressEntry(String course, int lessonsDone, int lessonCount, int percent, int minutesLeft,
            boolean locked, List<String> missingPrerequisites, Instant completedAt) {}

    @GET
    @RolesAllowed("TRAINEE")
    @Operation(summary = "The trainee's progress per enrolled course")
    public List<CourseProgressEntry> progress() {
        Account me = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", security.getUserPrincipal().getName()).getSingleResult();
        return learning.myCourses(me.getId()).stream()
                .map(card -> new CourseProgressEntry(card.course().getCode(), card.progress().lessonsDone(),
                        card.progress().lessonCount(), card.progress().percent(), card.progress().minutesLeft(), card.isLocked(),
                        card.missingPrerequisites().stream().map(c -> c.getCode()).toList(), card.completedAt()))
                .toList();
    }
}
