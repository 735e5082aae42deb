package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16's partners' report from the administrator's side, at 1366×768: she records a round of the demo's
 * Cycle 3 with a story and ticks "chosen for the partners' report", then finds on her home page the form that
 * asks for the report of that cohort, and the report has the story. Cycle 3, not Cycle 1, whose follow-ups
 * ImpactIT reads as the demo set them. The home page's new parts fit a 360 px phone in Arabic and French.
 */
class PartnersReportBrowserIT extends BrowserScenario {

    private final List<String> accessibility = new ArrayList<>();

    PartnersReportBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aStoryTheAdministratorChoosesAppearsInThePartnersReport() throws Exception {
        browser.screen(1366, 768, false);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.open("admin/follow-ups.xhtml?lang=fr");
        browser.click(By.xpath("//nav[@id='cohort-picker']//a[contains(., 'Cycle 3')]"));
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#board h2"), "Cycle 3"));
        WebElement record = browser.waitOrShow(ExpectedConditions.elementToBeClickable(
                By.cssSelector("td.round-TO_COME button[id$='record'], td.round-MISSING button[id$='record']")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", record);
        record.click();
        WebElement women = browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("editor:membersWomen")));
        women.clear();
        women.sendKeys("12");
        for (String field : List.of("membersMen", "paidJobsWomen", "paidJobsMen", "qualityIncidents")) {
            WebElement input = browser.findElement(By.id("editor:" + field));
            input.clear();
            input.sendKeys("0");
        }
        String story = "Nous avons cousu 200 uniformes scolaires " + System.nanoTime();
        browser.findElement(By.id("editor:story")).sendKeys(story);
        WebElement chosen = browser.findElement(By.cssSelector("[id='editor:story-chosen'] .ui-chkbox-box"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", chosen);
        chosen.click();
        browser.waitOrShow(ExpectedConditions.attributeContains(By.cssSelector("[id='editor:story-chosen'] .ui-chkbox-box"), "class", "ui-state-active"));
        browser.click(By.id("editor:save"));
        // The editor stays open after saving; the page says the round is recorded.
        browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info")));

        browser.open("admin/?lang=fr");
        WebElement cohort = browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='report-cohort']/option[contains(., 'Cycle 3')]")));
        String cohortId = cohort.getAttribute("value");
        assertEquals(browser.url("admin/impact-report.pdf"), browser.findElement(By.id("report-filters")).getAttribute("action"));
        assertTrue(browser.findElement(By.id("report-xlsx")).getAttribute("formaction").endsWith("/admin/impact.xlsx"));

        // The download itself through the form's own parameters (Chromium would save it to a folder).
        WebClient admin = WebClient.signedIn(browser.base(), "admin", ADMIN_PASSWORD);
        HttpResponse<byte[]> pdf = admin.getBytes("admin/impact-report.pdf?from=&to=&cohort=" + cohortId + "&language=fr");
        assertEquals(200, pdf.statusCode());
        String report = text(pdf.body());
        assertTrue(report.contains(story), report);
        assertTrue(report.contains("Cycle 3"), report);

        for (String language : List.of("ar", "fr")) {
            browser.screen(360, 740, true);
            browser.open("admin/?lang=" + language);
            browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.id("report-filters")));
            accessibility.addAll(browser.accessibilityViolations("admin/?lang=" + language));
            Object sideways = browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
            assertEquals(false, sideways, "the home page fits a 360 px phone without scrolling sideways (" + language + ")");
            assertFalse(browser.findElements(By.cssSelector("#province-figures tbody tr")).isEmpty(), "a row per province");
        }
        assertEquals(List.of(), accessibility);
    }
}
