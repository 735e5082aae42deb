package ma.maharat.authoring.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ResourceBundle;
import ma.maharat.course.entity.Course;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.quiz.control.BankExports;

/**
 * A course's published question bank downloaded by its authors — the course's trainers and administrators,
 * {@link AuthoringPermission}'s rule, from the course's authoring page or {@code GET /api/courses/{code}/questions.xml|gift}:
 * Moodle XML with the calculated questions whole, or GIFT, which says at its top what it left out.
 */
@Stateless
public class BankDownloads {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthoringPermission permission;

    @Inject
    BankExports exports;

    /** A file to download. */
    public record Download(String fileName, String contentType, byte[] content, List<String> calculatedLeftOut) {
    }

    public Download moodleXml(String code, Language language, SignedInUser user) {
        Course course = allowedCourse(code, user);
        BankExports.Export export = exports.moodleXml(course, language);
        return new Download(code + "-questions." + language.code() + ".xml", "application/xml; charset=UTF-8",
                export.content().getBytes(StandardCharsets.UTF_8), List.of());
    }

    public Download gift(String code, Language language, SignedInUser user) {
        Course course = allowedCourse(code, user);
        String note = ResourceBundle.getBundle(PageMessages.BUNDLE, language.locale()).getString("bankExport.giftLeftOut");
        BankExports.Export export = exports.gift(course, language, note.replace("{1}", code + "-questions." + language.code() + ".xml"));
        return new Download(code + "-questions." + language.code() + ".gift", "text/plain; charset=UTF-8",
                export.content().getBytes(StandardCharsets.UTF_8), export.calculatedLeftOut());
    }

    /** The calculated questions a GIFT download of the course gives with their first values only (said on the page). */
    public List<String> calculatedLeftOutOfGift(String code, SignedInUser user) {
        return exports.calculatedNames(allowedCourse(code, user));
    }

    private Course allowedCourse(String code, SignedInUser user) {
        Course course = em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new AuthoringRuleViolation("authoring.noCourse", code));
        permission.requireMayEdit(user, course);
        return course;
    }
}
