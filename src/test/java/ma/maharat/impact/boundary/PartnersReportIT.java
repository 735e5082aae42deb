package ma.maharat.impact.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import ma.maharat.TestAccounts;
import ma.maharat.WebClient;
import ma.maharat.cooperative.entity.Cooperative;
import ma.maharat.identity.control.Accounts;
import ma.maharat.impact.control.FollowUps;
import ma.maharat.impact.control.Indicators;
import ma.maharat.impact.entity.FollowUp;
import ma.maharat.impact.entity.FollowUpDetails;
import ma.maharat.impact.entity.FollowUpRound;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import ma.maharat.training.entity.CohortDetails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partners' report (PDF, French and Arabic) and the workbook downloaded as an administrator, read back with
 * PDFBox and POI: the demo's Cycle 1 figures with the small-count rule, a story the administrator chose (and
 * not one she did not), a trainee refused and bad parameters answered 400. The story test uses a cohort of its
 * own, so Cycle 1 stays as the demo set it.
 */
@ExtendWith(ArquillianExtension.class)
class PartnersReportIT {

    private static final String DEMO_COHORT = "Cycle 1 — 2026";

    @Inject
    FollowUps followUps;

    @Inject
    Cohorts cohorts;

    @Inject
    Accounts accounts;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    private Cohort demoCohort() {
        return em.createNamedQuery(Cohort.BY_NAME, Cohort.class).setParameter("name", DEMO_COHORT).getSingleResult();
    }

    private WebClient admin() throws Exception {
        return WebClient.signedIn(base.toURI(), "admin", "admin-it-Passw0rd");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 6, "cover, indicators, charts, provinces, the cohort, stories");
            return new PDFTextStripper().getText(document);
        }
    }

    private static HttpResponse<byte[]> download(WebClient client, String path) {
        HttpResponse<byte[]> response = client.getBytes(path);
        assertEquals(200, response.statusCode(), () -> path + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return response;
    }

    @Test
    void theFrenchAndArabicReportsGiveCycleOnesFiguresWithTheSmallCountRule() throws Exception {
        WebClient client = admin();
        long cohort = demoCohort().getId();
        HttpResponse<byte[]> fr = download(client, "admin/impact-report.pdf?language=fr&cohort=" + cohort);
        assertTrue(fr.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String french = text(fr.body());
        assertTrue(french.contains("Rapport aux partenaires"), french);
        assertTrue(french.contains("Cohorte · Cycle 1 — 2026"), "the cohort's page");
        assertTrue(french.contains("533 000 MAD"), "the orders after training, the 1,400 garments' 420,000 MAD among them");
        assertTrue(french.contains("Coopératives formées < 5"), "four cooperatives: a small count");
        assertTrue(french.contains("+31.5 points (n = 9)"), "the learning gain of the nine trainees");
        assertTrue(french.contains("ODD 5.5"), "the SDG targets explained");
        assertFalse(french.contains("fatima"), "aggregates only");

        String arabic = text(download(client, "admin/impact-report.pdf?language=ar&cohort=" + cohort).body());
        // PDFBox reads an Arabic line back from the right, so "533 000" comes out as "000 533".
        assertTrue(arabic.contains("000 533"), arabic);
        assertTrue(arabic.contains("Cycle 1 — 2026"), arabic);
        assertTrue(arabic.contains("< 5"), arabic);

        // "?lang=ar" is the site-wide language switch: it switches her pages to Arabic and redirects without it,
        // and the report then follows her language.
        HttpResponse<byte[]> switched = client.getBytes("admin/impact-report.pdf?lang=ar&cohort=" + cohort);
        assertEquals(302, switched.statusCode());
        String again = text(download(client, "admin/impact-report.pdf?cohort=" + cohort).body());
        assertTrue(again.contains("000 533") && !again.contains("Rapport aux partenaires"), "the Arabic report");
        client.getBytes("admin/?lang=fr");
    }

    @Test
    void theWorkbookGivesTheSameFiguresAsNumbersAndSmallCountsAsText() throws Exception {
        HttpResponse<byte[]> xlsx = download(admin(), "admin/impact.xlsx?cohort=" + demoCohort().getId());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet programme = workbook.getSheetAt(0);
            Row after = programme.getRow(1 + Indicators.KEYS.indexOf("ordersValueAfter"));
            assertEquals(533_000, after.getCell(1).getNumericCellValue());
            assertEquals("8.3", after.getCell(4).getStringCellValue());
            assertEquals("< 5", programme.getRow(1 + Indicators.KEYS.indexOf("cooperativesTrained")).getCell(1).getStringCellValue());
            assertEquals(5, programme.getRow(1 + Indicators.KEYS.indexOf("ordersAfter")).getCell(1).getNumericCellValue());
            assertTrue(workbook.getSheet(DEMO_COHORT) != null, "a sheet for the cohort");
        }
    }

    @Test
    void aStoryTheAdministratorChoseIsInTheReportAndOneSheDidNotIsNot() throws Exception {
        List<Cooperative> two = demoCohort().getCooperatives().subList(0, 2);
        LocalDate start = LocalDate.of(2025, 2, 3);
        Cohort cohort = cohorts.create(new CohortDetails("Stories " + TestAccounts.unique(), start, start.plusDays(30),
                two.stream().map(Cooperative::getId).toList(), demoCohort().getProgramme().stream().map(c -> c.getId()).limit(1).toList()));
        long admin = accounts.byUsername("admin").orElseThrow().getId();
        String chosen = "=SUM(1) Nous avons livré 300 tabliers " + TestAccounts.unique();
        String notChosen = "Une histoire gardée pour nous " + TestAccounts.unique();
        FollowUp kept = followUps.record(cohort.getId(), two.get(0).getId(), FollowUpRound.MONTHS_3,
                new FollowUpDetails(null, 10, 0, 2, 0, null, null, 0, chosen, List.of()), admin);
        followUps.chooseStory(kept.getId(), true);
        followUps.record(cohort.getId(), two.get(1).getId(), FollowUpRound.MONTHS_3,
                new FollowUpDetails(null, 10, 0, 2, 0, null, null, 0, notChosen, List.of()), admin);

        WebClient client = admin();
        String french = text(download(client, "admin/impact-report.pdf?language=fr&cohort=" + cohort.getId()).body()).replaceAll("\\s+", " ");
        assertTrue(french.contains(chosen), french);
        assertFalse(french.contains(notChosen));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(client, "admin/impact.xlsx?cohort=" + cohort.getId()).body()))) {
            Sheet stories = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
            assertEquals(1, stories.getLastRowNum(), "one story chosen");
            assertEquals(chosen, stories.getRow(1).getCell(3).getStringCellValue());
            assertTrue(stories.getRow(1).getCell(3).getCellStyle().getQuotePrefixed(), "a story that starts like a formula stays text");
        }
    }

    @Test
    void aTraineeIsRefusedAndBadParametersAreAClear400() throws Exception {
        WebClient trainee = WebClient.signedIn(base.toURI(), "fatima.zahra", "maharat-demo");
        assertEquals(403, trainee.getBytes("admin/impact-report.pdf").statusCode());
        assertEquals(403, trainee.getBytes("admin/impact.xlsx").statusCode());

        WebClient client = admin();
        HttpResponse<byte[]> badLanguage = client.getBytes("admin/impact-report.pdf?language=de");
        assertEquals(400, badLanguage.statusCode());
        assertTrue(new String(badLanguage.body(), StandardCharsets.UTF_8).contains("language must be fr or ar"));
        HttpResponse<byte[]> badDay = client.getBytes("admin/impact-report.pdf?from=2026-13-01");
        assertEquals(400, badDay.statusCode());
        assertTrue(new String(badDay.body(), StandardCharsets.UTF_8).contains("YYYY-MM-DD"));
        assertEquals(400, client.getBytes("admin/impact-report.pdf?from=2026-05-01&to=2026-01-01").statusCode());
        assertEquals(400, client.getBytes("admin/impact.xlsx?cohort=abc").statusCode());
        assertEquals(400, client.getBytes("admin/impact.xlsx?cohort=-3").statusCode());
    }
}
