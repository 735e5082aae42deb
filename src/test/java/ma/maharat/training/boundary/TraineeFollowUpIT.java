package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import ma.maharat.WebClient;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.entity.Account;
import ma.maharat.training.control.AssignedCohortsAudience;
import ma.maharat.training.control.TraineeFollowUp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trainers' follow-up on the demo data set: Fatima Zahra's page (her courses and lessons, her quiz
 * attempts with scores, her signed-off T-shirt, her attendance) for her trainer and the administrator,
 * and for nobody else (a trainer of other cohorts gets 404, a trainee 403); a session's attendance sheet
 * as a PDF with every trainee and a signature column, for the session's trainer only; and the
 * administrators' certificate preview, which takes no number and leaves no trace.
 */
@ExtendWith(ArquillianExtension.class)
class TraineeFollowUpIT {

    private static final String PASSWORD = "maharat-demo";
    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";

    @Inject
    Accounts accounts;

    @Inject
    AssignedCohortsAudience audience;

    @Inject
    TraineeFollowUp followUp;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    private WebClient signedIn(String username, String password) throws URISyntaxException {
        return WebClient.signedIn(base.toURI(), username, password);
    }

    private long id(String username) {
        return accounts.byUsername(username).map(Account::getId).orElseThrow();
    }

    /** Fatima Zahra, whom Samira teaches (the demo data set's assignments). */
    private long fatima() {
        long fatima = id("fatima.zahra");
        assertTrue(audience.traineesVisibleTo(id("samira.bennani")).contains(fatima), "Samira teaches Fatima Zahra's cohort");
        return fatima;
    }

    /** A trainee Samira teaches and Omar does not. */
    private long samirasOnly() {
        Set<Long> trainees = new TreeSet<>(audience.traineesVisibleTo(id("samira.bennani")));
        trainees.removeAll(audience.traineesVisibleTo(id("omar.alaoui")));
        assertFalse(trainees.isEmpty(), "the demo data gives Samira trainees Omar does not teach");
        return trainees.iterator().next();
    }

    @Test
    void herTrainerSeesHerCoursesAttemptsPracticalWorkAndAttendance() throws Exception {
        long fatima = fatima();
        TraineeFollowUp.Report report = followUp.of(fatima, id("samira.bennani"), false).orElseThrow();
        TraineeFollowUp.CourseLine modeling = report.courses().stream().filter(c -> c.code().equals("modeling")).findFirst().orElseThrow();
        assertEquals(modeling.lessons().size(), modeling.lessonsDone(), "she did every lesson of Modeling");
        assertTrue(modeling.completedAt() != null);
        assertTrue(report.attempts().stream().anyMatch(a -> a.isFinished() && a.passed() && a.percent() != null),
                "her passed final quiz, with its score: " + report.attempts());
        assertTrue(report.practical().stream().anyMatch(p -> p.signedAt() != null && p.passed()), "her T-shirt, signed off");
        assertFalse(report.cohorts().isEmpty());

        WebClient samira = signedIn("samira.bennani", PASSWORD);
        samira.get("trainer/trainee.xhtml?lang=fr"); // the language switch answers with a redirect to the same page
        HttpResponse<String> page = samira.get("trainer/trainee.xhtml?id=" + fatima);
        assertEquals(200, page.statusCode(), page::body);
        String body = page.body();
        assertTrue(body.contains("id=\"trainee-name\""), body);
        assertTrue(body.contains("Fatima Zahra Bouchra"), body);
        assertTrue(body.contains("id=\"course-modeling\""), body);
        assertTrue(body.contains("id=\"attempts\""), "her quiz attempts: " + body);
        assertTrue(body.contains("id=\"practical\""), body);
        assertTrue(body.contains("id=\"attendance-heading\""), body);
    }

    @Test
    void onlyHerTrainersAndTheAdministratorOpenHerPage() throws Exception {
        long fatima = samirasOnly();
        assertEquals(200, signedIn("samira.bennani", PASSWORD).get("trainer/trainee.xhtml?id=" + fatima).statusCode());
        assertEquals(404, signedIn("omar.alaoui", PASSWORD).get("trainer/trainee.xhtml?id=" + fatima).statusCode(),
                "a trainer of other cohorts is answered as if she did not exist");
        assertTrue(followUp.of(fatima, id("omar.alaoui"), false).isEmpty());
        assertEquals(404, signedIn("samira.bennani", PASSWORD).get("trainer/trainee.xhtml?id=" + id("omar.alaoui")).statusCode(),
                "a trainer is no trainee to follow");
        assertEquals(404, signedIn("samira.bennani", PASSWORD).get("trainer/trainee.xhtml?id=987654321").statusCode());
        assertEquals(403, signedIn("fatima.zahra", PASSWORD).get("trainer/trainee.xhtml?id=" + fatima).statusCode());
        HttpResponse<String> admin = signedIn("admin", ADMIN_PASSWORD).get("admin/trainee.xhtml?id=" + fatima);
        assertEquals(200, admin.statusCode(), admin::body);
        assertTrue(admin.body().contains("id=\"trainee-name\""), admin::body);
    }

    @Test
    void theSessionsTrainerPrintsItsAttendanceSheetWithASignatureColumn() throws Exception {
        long samira = id("samira.bennani");
        Object[] session = em.createQuery("SELECT s.id, s.cohort.id FROM TrainingSession s WHERE s.trainer.id = :trainer ORDER BY s.id",
                Object[].class).setParameter("trainer", samira).setMaxResults(1).getSingleResult();
        long sessionId = (Long) session[0];
        Set<String> names = new TreeSet<>(em.createQuery("SELECT a.fullName FROM Cohort c JOIN c.cooperatives co, Account a"
                + " WHERE c.id = :cohort AND a.cooperative = co AND a.role = ma.maharat.identity.entity.Role.TRAINEE AND a.active = TRUE",
                String.class).setParameter("cohort", session[1]).getResultList());
        assertFalse(names.isEmpty());

        HttpResponse<String> page = signedIn("samira.bennani", PASSWORD).get("trainer/attendance.xhtml?session=" + sessionId);
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("attendance.pdf?session=" + sessionId + "&amp;language=ar"), "the Arabic sheet's link: " + page.body());
        assertTrue(page.body().contains("attendance.pdf?session=" + sessionId + "&amp;language=fr"), "the French sheet's link");
        for (String language : new String[] {"fr", "ar"}) {
            HttpResponse<byte[]> pdf = signedIn("samira.bennani", PASSWORD).getBytes("trainer/attendance.pdf?session=" + sessionId
                    + "&language=" + language);
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            assertTrue(pdf.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
            String text = text(pdf.body());
            assertTrue(text.contains(language.equals("fr") ? "Signature" : "التوقيع"), text);
            for (String name : names) {
                assertTrue(text.contains(name), name + " on the " + language + " sheet: " + text);
            }
        }
        assertEquals(404, signedIn("omar.alaoui", PASSWORD).getBytes("trainer/attendance.pdf?session=" + sessionId).statusCode(),
                "another trainer's session");
        assertEquals(404, signedIn("samira.bennani", PASSWORD).getBytes("trainer/attendance.pdf?session=nothing").statusCode());
    }

    @Test
    void theCertificatePreviewTakesNoNumberAndLeavesNoTrace() throws Exception {
        long fatima = fatima();
        long modeling = em.createQuery("SELECT c.id FROM Course c WHERE c.code = 'modeling'", Long.class).getSingleResult();
        long certificates = count("SELECT COUNT(c) FROM Certificate c");
        long audited = count("SELECT COUNT(a) FROM AuditEntry a");
        long counters = counters();

        WebClient admin = signedIn("admin", ADMIN_PASSWORD);
        HttpResponse<byte[]> pdf = admin.getBytes("admin/certificate-preview.pdf?course=" + modeling + "&holder=" + fatima);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = text(pdf.body());
        assertTrue(text.contains("APERÇU"), text);
        assertTrue(text.contains("SPÉCIMEN"), text);
        assertTrue(text.contains("Fatima Zahra Bouchra"), text);
        assertFalse(text.contains("/verify/"), "no verification address: " + text);

        assertEquals(certificates, count("SELECT COUNT(c) FROM Certificate c"), "nothing issued");
        assertEquals(audited, count("SELECT COUNT(a) FROM AuditEntry a"), "nothing audited");
        assertEquals(counters, counters(), "no number taken");

        assertEquals(404, admin.getBytes("admin/certificate-preview.pdf?course=" + modeling + "&holder=" + id("omar.alaoui")).statusCode(),
                "a trainer holds no certificate");
        assertEquals(404, admin.getBytes("admin/certificate-preview.pdf?holder=" + fatima).statusCode());
        assertEquals(403, signedIn("samira.bennani", PASSWORD)
                .getBytes("admin/certificate-preview.pdf?course=" + modeling + "&holder=" + fatima).statusCode());
    }

    /** The sum of the certificate counters: a preview that took a number or a status index would raise it. */
    private long counters() {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(last_value), 0) FROM certificate_counter").getSingleResult();
        return ((Number) sum).longValue();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }
}
