package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
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
 * Issue 14's follow-up at the center's 1366×768 screens, in Arabic and French: the administrator finds
 * the preview of a certificate beside the issue button, in view, and it opens the crossed PDF; a trainer
 * picks a course in the cohort's grid, opens Fatima Zahra's page from her name, and reads it without
 * scrolling sideways (at 360 px too). axe-core finds nothing on any of these pages. Screenshots go to
 * the folder MAHARAT_SHOTS names, when it does.
 */
class FollowUpBrowserIT extends BrowserScenario {

    private static final String MODELING_FR = "Modélisme - patronage et gradation";
    private static final String MODELING_AR = "الباترون وتدريج المقاسات (الموديليزم)";
    private final String shots = System.getenv("MAHARAT_SHOTS");
    private final List<String> accessibility = new ArrayList<>();

    FollowUpBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void theAdministratorPreviewsACertificateBeforeIssuingIt() throws Exception {
        browser.screen(1366, 768, false);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        for (String language : List.of("ar", "fr")) {
            browser.open("admin/certificates.xhtml?lang=" + language);
            browser.selectWithoutEvents("courseMenu", "eligibility:course_input", MODELING_FR, MODELING_AR, "Pattern-making and grading");
            browser.selectWithoutEvents("cohortMenu", "eligibility:cohort_input", "Cycle 1 — 2026");
            browser.findElement(By.id("eligibility:show")).click();
            // The first trainee who would receive one (CertificateBrowserIT, on the same database, may have issued Khadija's).
            WebElement preview = browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.certificate-preview")));
            String holder = preview.findElement(By.xpath("./ancestor::tr")).findElement(By.cssSelector(".trainee-name")).getText();
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", preview);
            assertInView(preview, "the preview link of her row");
            WebElement first = browser.findElement(By.id("preview-first"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
            assertInView(first, "the preview before issuing to all");
            shoot("certificates-preview-" + language);
            accessibility.addAll(browser.accessibilityViolations("admin/certificates.xhtml?lang=" + language));

            WebClient admin = new WebClient(browser.base());
            assertEquals(302, admin.signIn("admin", ADMIN_PASSWORD).statusCode());
            HttpResponse<byte[]> pdf = admin.getBytes(preview.getAttribute("href").replaceFirst("^https?://[^/]+/[^/]+/", ""));
            assertEquals(200, pdf.statusCode());
            String text = text(pdf.body());
            assertTrue(text.contains("APERÇU") && text.contains("SPÉCIMEN"), text);
            if (language.equals("fr")) {
                assertTrue(text.contains(holder), holder + " is named on her preview: " + text);
            }
            if (shots != null) {
                Files.write(Path.of(shots, "certificate-preview-" + language + ".pdf"), pdf.body());
            }
        }
        assertEquals(List.of(), accessibility);
    }

    @Test
    void aTrainerPicksACourseAndOpensOneTraineesPage() {
        browser.screen(1366, 768, false);
        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        for (String language : List.of("ar", "fr")) {
            browser.screen(1366, 768, false);
            browser.open("trainer/cohorts.xhtml?lang=" + language);
            browser.click(By.xpath("//table[@id='cohorts']//a[contains(., 'Cycle 1 — 2026')]"));
            browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("cohort-chart")));
            browser.click(By.id("pick-modeling"));
            browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.id("grid-modeling")));
            assertEquals("page", browser.findElement(By.id("pick-modeling")).getAttribute("aria-current"));
            assertNoSidewaysScroll("the progress grid");
            browser.executeScript("document.getElementById('chart-heading').scrollIntoView()");
            shoot("progress-chart-" + language);
            browser.executeScript("document.getElementById('grid-modeling').scrollIntoView()");
            shoot("progress-grid-" + language);
            accessibility.addAll(browser.accessibilityViolations("trainer/cohort-progress.xhtml?lang=" + language));

            browser.click(By.cssSelector("#grid-modeling tr[id$='-fatima.zahra'] a.trainee-link"));
            browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("trainee-name")));
            assertTrue(browser.getCurrentUrl().contains("/trainer/trainee.xhtml?id="), browser.getCurrentUrl());
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains(language.equals("ar") ? "فاطمة الزهراء" : "Fatima Zahra Bouchra"), page);
            assertTrue(browser.findElement(By.id("attempts")).isDisplayed(), "her quiz attempts");
            assertTrue(browser.findElement(By.id("practical")).isDisplayed(), "her practical work");
            browser.findElement(By.cssSelector("#course-modeling summary")).click();
            assertTrue(browser.findElement(By.cssSelector("#course-modeling .trainee-lessons")).isDisplayed(), "her lessons, opened");
            assertNoSidewaysScroll("her page");
            shoot("trainee-" + language);
            browser.executeScript("document.getElementById('attempts-heading').scrollIntoView()");
            shoot("trainee-attempts-" + language);
            accessibility.addAll(browser.accessibilityViolations("trainer/trainee.xhtml?lang=" + language));
            browser.screen(360, 740, true);
            browser.navigate().refresh();
            browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("trainee-name")));
            assertNoSidewaysScroll("her page on a phone");
            shoot("trainee-phone-" + language);
        }
        browser.screen(1366, 768, false);
        assertEquals(List.of(), accessibility);
    }

    private void assertInView(WebElement element, String what) {
        Boolean inView = (Boolean) browser.executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;",
                element);
        assertTrue(inView, what + " is on screen");
    }

    private void assertNoSidewaysScroll(String what) {
        Long overflow = (Long) browser.executeScript(
                "return Math.round(document.documentElement.scrollWidth - document.documentElement.clientWidth);");
        assertTrue(overflow <= 1, what + " scrolls sideways by " + overflow + " px");
    }

    private void shoot(String name) {
        if (shots == null) {
            return;
        }
        try {
            Files.write(Path.of(shots, name + ".png"), browser.screenshot());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        }
    }
}
