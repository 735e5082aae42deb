package ma.maharat.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.WebClient;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.entity.Cohort;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trainers' progress grid on the demo data set: the demo cohort's grid shows Fatima Zahra done with
 * Modeling, its CSV and XLSX downloads hold the same, and a trainee may download neither.
 */
@ExtendWith(ArquillianExtension.class)
class ProgressGridIT {

    private static final String DEMO_COHORT = "Cycle 1 — 2026";
    private static final String PASSWORD = "maharat-demo";
    /** Columns of the export: username, full name, cooperative, then seven per course; Modeling is the second course. */
    private static final int PER_COURSE = 8;
    private static final int MODELING = 3 + PER_COURSE;
    /** Prototyping, the third course, has the T-shirt task, which a trainer signed off for Fatima Zahra in the demo. */
    private static final int PROTOTYPING = 3 + 2 * PER_COURSE;

    @Inject
    Cohorts cohorts;

    @ArquillianResource
    URL base;

    private WebClient signedIn(String username) throws URISyntaxException {
        return WebClient.signedIn(base.toURI(), username, PASSWORD);
    }

    private long demoCohort() {
        return cohorts.all().stream().filter(c -> c.getName().equals(DEMO_COHORT)).map(Cohort::getId).findFirst().orElseThrow();
    }

    @Test
    void aTrainerSeesFatimaZahrasModelingLessonsDoneInTheDemoCohortsGrid() throws Exception {
        WebClient trainer = signedIn("samira.bennani");
        long cohort = demoCohort();
        HttpResponse<String> list = trainer.get("trainer/cohorts.xhtml");
        assertEquals(200, list.statusCode(), list::body);
        assertTrue(list.body().contains("cohort-progress.xhtml?cohort=" + cohort), list::body);

        HttpResponse<String> grid = trainer.get("trainer/cohort-progress.xhtml?cohort=" + cohort + "&course=modeling");
        assertEquals(200, grid.statusCode(), grid::body);
        assertTrue(grid.body().contains("id=\"grid-modeling\""), grid::body);
        assertFalse(grid.body().contains("id=\"grid-prototyping\""), "one course at a time");
        assertTrue(grid.body().contains("id=\"pick-prototyping\""), "the picker offers the other courses");
        assertTrue(grid.body().contains("id=\"cohort-chart\""), "the chart of the cohort's progress per course");
        Matcher row = Pattern.compile("<tr id=\"row-modeling-fatima\\.zahra\".*?</tr>", Pattern.DOTALL).matcher(grid.body());
        assertTrue(row.find(), grid::body);
        String fatima = row.group();
        assertTrue(fatima.contains("data-done=\"true\""), fatima);
        assertFalse(fatima.contains("data-done=\"false\""), fatima);
        Matcher count = Pattern.compile("class=\"lessons-done\">(\\d+)/(\\d+)<").matcher(fatima);
        assertTrue(count.find(), fatima);
        assertEquals(count.group(2), count.group(1));
        assertTrue(Integer.parseInt(count.group(1)) > 0, fatima);
        assertTrue(grid.body().contains("id=\"behind-help\""), "the page says what behind means");
        assertTrue(fatima.contains("trainer/trainee.xhtml?id="), "her name opens her page: " + fatima);
        HttpResponse<String> second = trainer.get("trainer/cohort-progress.xhtml?cohort=" + cohort + "&course=prototyping");
        Matcher prototyping = Pattern.compile("<tr id=\"row-prototyping-fatima\\.zahra\".*?</tr>", Pattern.DOTALL).matcher(second.body());
        assertTrue(prototyping.find(), second::body);
        assertTrue(prototyping.group().contains("class=\"practical-signed\">1/1<"), "her signed-off T-shirt: " + prototyping.group());
        Matcher modeling = Pattern.compile("<table class=\"plain-table progress-grid\" id=\"grid-modeling\".*?</table>", Pattern.DOTALL)
                .matcher(grid.body());
        assertTrue(modeling.find());
        assertFalse(modeling.group().contains("practical-signed"), "no practical column for a course without practical tasks");
    }

    @Test
    void aTrainerDownloadsTheGridAsSemicolonCsvWithAByteOrderMark() throws Exception {
        HttpResponse<byte[]> csv = signedIn("samira.bennani").getBytes("trainer/cohort-progress.csv?cohort=" + demoCohort());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers()::toString);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("progress-cycle-1-2026.csv"),
                csv.headers()::toString);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark first");
        assertTrue(text.contains("\r\nfatima.zahra;Fatima Zahra Bouchra;Coopérative Tifawin de couture;"), text);
    }

    @Test
    void aTrainerDownloadsTheGridAsAWorkbookWithFatimaZahraDoneWithModeling() throws Exception {
        HttpResponse<byte[]> xlsx = signedIn("samira.bennani").getBytes("trainer/cohort-progress.xlsx?cohort=" + demoCohort());
        assertEquals(200, xlsx.statusCode());
        // The platform's encoding filter adds a harmless charset parameter; the media type is what counts.
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith(CohortProgressExport.XLSX), xlsx.headers()::toString);
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("progress-cycle-1-2026.xlsx"),
                xlsx.headers()::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(3 + 6 * PER_COURSE, sheet.getRow(0).getLastCellNum(), "three trainee columns and eight per course (the last: how her personalised programme treats it)");
            Row fatima = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && "fatima.zahra".equals(row.getCell(0).getStringCellValue())) {
                    fatima = row;
                }
            }
            assertTrue(fatima != null, "fatima.zahra has a row");
            assertEquals("Fatima Zahra Bouchra", fatima.getCell(1).getStringCellValue());
            double done = fatima.getCell(MODELING).getNumericCellValue();
            assertTrue(done > 0);
            assertEquals(fatima.getCell(MODELING + 1).getNumericCellValue(), done);
            assertTrue(fatima.getCell(MODELING + 2).getLocalDateTimeCellValue() != null, "the day she completed Modeling");
            assertTrue(fatima.getCell(MODELING + 4).getBooleanCellValue(), "she passed Modeling's final quiz");
            assertEquals(0, fatima.getCell(MODELING + 6).getNumericCellValue(), "Modeling has no practical task");
            assertEquals(1, fatima.getCell(PROTOTYPING + 5).getNumericCellValue(), "her T-shirt prototype, signed off");
            assertEquals(1, fatima.getCell(PROTOTYPING + 6).getNumericCellValue(), "Prototyping's one practical task");
        }
    }

    @Test
    void aTraineeMayDownloadNeitherExport() throws Exception {
        WebClient trainee = signedIn("fatima.zahra");
        long cohort = demoCohort();
        assertEquals(403, trainee.getBytes("trainer/cohort-progress.csv?cohort=" + cohort).statusCode());
        assertEquals(403, trainee.getBytes("trainer/cohort-progress.xlsx?cohort=" + cohort).statusCode());
    }

    @Test
    void anUnknownCohortIsNotFound() throws Exception {
        assertEquals(404, signedIn("samira.bennani").getBytes("trainer/cohort-progress.csv?cohort=999999999").statusCode());
    }
}
