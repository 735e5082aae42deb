package ma.maharat.course.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import ma.maharat.course.entity.Course;
import ma.maharat.course.entity.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/courses}: the programme's catalogue. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "courses")
public class CoursesResource {

    @PersistenceContext
    EntityManager em;

    /** A course as the catalogue lists it; texts by language code. */
    public record CatalogueEntry(String code, Map<String, String> title, Map<String, String> description, int estimatedHours,
            List<String> prerequisites, int modules, int lessons, int minutes) {}

    @GET
    @RolesAllowed({"TRAINEE", "TRAINER", "ADMIN"})
    @Operation(summary = "The courses of the programme, in order, with prerequisites and size")
    public List<CatalogueEntry> catalogue() {
        return em.createNamedQuery(Course.ALL, Course.class).getResultStream()
                .map(c -> new CatalogueEntry(c.getCode(), texts(c.getTitle()), texts(c.getDescription()), c.getEstimatedHours(),
                        c.getPrerequisites().stream().map(Course::getCode).sorted().toList(),
                        c.currentModules().size(), c.currentLessons().size(),
                        c.currentLessons().stream().mapToInt(l -> l.getMinutes()).sum()))
                .toList();
    }

    static Map<String, String> texts(LocalizedText text) {
        return text.getEn() == null ? Map.of("ar", text.getAr(), "fr", text.getFr())
                : Map.of("ar", text.getAr(), "fr", text.getFr(), "en", text.getEn());
    }
}
