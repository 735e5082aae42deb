package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import ma.maharat.Deployments;
import ma.maharat.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6 as people click through it, in Chromium: an administrator finds Khadija (who completed
 * Modeling in the demo data) eligible in the demo cohort and issues her certificate; Khadija finds it
 * under "My certificates" and downloads the PDF; the verification address printed under its QR code
 * opens the public page, without signing in, showing it valid; the administrator revokes it with a
 * reason, and the same address then shows it revoked, with the date.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateBrowserIT {

    private static final String DEMO_PASSWORD = "maharat-demo";
    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";
    private static final String MODELING_FR = "Modélisme - patronage et gradation";
    private static WebDriver browser;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.maharat();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAdministratorIssuesTheTraineeDownloadsAndAnyoneVerifiesUntilItIsRevoked() {
        signIn("admin", ADMIN_PASSWORD);
        waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.get(url("admin/certificates.xhtml"));
        choose("courseMenu", "eligibility:course_input", MODELING_FR, "Pattern-making and grading", "الباترون وتدريج المقاسات (الموديليزم)");
        choose("cohortMenu", "eligibility:cohort_input", "Cycle 1 — 2026");
        browser.findElement(By.id("eligibility:show")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("preview:candidates"), "Khadija El Idrissi"));
        WebElement khadija = browser.findElement(By.xpath("//tr[contains(., 'Khadija El Idrissi')]"));
        assertTrue(!khadija.getText().contains("MAH-"), "not issued yet: " + khadija.getText());
        String fatimaRow = browser.findElement(By.xpath("//tr[contains(., 'Fatima Zahra Bouchra')]")).getText();
        assertTrue(fatimaRow.contains("MAH-"), "the demo's valid certificate is listed as held: " + fatimaRow);
        String salmaRow = browser.findElement(By.xpath("//tr[contains(., 'Salma Lahlou')]")).getText();
        assertTrue(salmaRow.contains("leçons non faites"), "what a trainee misses is spelled out: " + salmaRow);

        khadija.findElement(By.xpath(".//button[contains(@id, ':issue')]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Khadija El Idrissi"));
        WebElement number = waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[contains(., 'Khadija El Idrissi')]//a[contains(@class, 'certificate-number')]")));
        String certificatePage = number.getAttribute("href");
        // Known problem (see the report): in the session that just issued, the certificate page fails
        // with "Session already invalidated"; a new sign-in opens it.
        signOut();
        signIn("admin", ADMIN_PASSWORD);
        waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.get(certificatePage);
        waitFor(ExpectedConditions.urlContains("certificate.xhtml"));
        String certificateId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String code = waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().trim();
        assertEquals("Valide", browser.findElement(By.id("status")).getText().trim());
        signOut();

        signIn("khadija.elidrissi", DEMO_PASSWORD);
        waitFor(ExpectedConditions.urlContains("/learn/"));
        browser.findElement(By.id("menu-my-certificates")).click();
        WebElement mine = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-" + certificateId)));
        String verificationUrl = mine.findElement(By.className("verification-url")).getText().trim();
        assertTrue(verificationUrl.endsWith("/verify/" + code), verificationUrl);
        WebClient khadijaAtHome = new WebClient(base());
        khadijaAtHome.signIn("khadija.elidrissi", DEMO_PASSWORD);
        HttpResponse<byte[]> pdf = khadijaAtHome.getBytes(
                mine.findElement(By.className("download-pdf")).getAttribute("href").replaceFirst("^https?://[^/]+/[^/]+/", ""));
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        signOut();
        browser.manage().deleteAllCookies();

        // The QR code's address on this test server: the configured public address stands for it.
        String scanned = url("verify/" + verificationUrl.substring(verificationUrl.lastIndexOf("/verify/") + "/verify/".length()));
        browser.get(url("verify/?lang=fr"));
        browser.get(scanned);
        WebElement verdict = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertTrue(verdict.getAttribute("class").contains("status-VALID"), verdict.getAttribute("class"));
        assertTrue(browser.findElement(By.id("holder")).getText().contains("Khadija El Idrissi"));
        assertTrue(browser.findElement(By.id("course")).getText().contains("Modélisme"));

        signIn("admin", ADMIN_PASSWORD);
        waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.get(url("admin/certificate.xhtml?id=" + certificateId));
        browser.findElement(By.id("certificate:reason")).sendKeys("Test : délivrée par erreur");
        browser.findElement(By.id("certificate:revoke")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Révoquée"));
        signOut();
        browser.manage().deleteAllCookies();

        browser.get(url("verify/?lang=fr"));
        browser.get(scanned);
        verdict = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertTrue(verdict.getAttribute("class").contains("status-REVOKED"), verdict.getAttribute("class"));
        assertTrue(verdict.getText().contains("révoquée le"), verdict.getText());
        browser.get(url("verify/?lang=ar"));
        browser.get(scanned);
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText().contains("أُلغيت"),
                "the public page in Arabic");
    }

    @Test
    void anAdministratorPreviewsACohortsProgrammeCertificatesWithWhatEachTraineeMissesPerCourse() {
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.get(url("admin/certificates.xhtml?lang=fr"));
        browser.findElement(By.cssSelector("label[for='eligibility:award-kind:1']")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("eligibility:course")));
        choose("cohortMenu", "eligibility:cohort_input", "Cycle 1 — 2026");
        browser.findElement(By.id("eligibility:show")).click();
        waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.id("preview:candidates"), "Salma Lahlou"));
        assertEquals("Programme de renforcement des compétences textiles — Cycle 1 — 2026",
                browser.findElement(By.cssSelector("#preview h2")).getText().trim());
        String salmaRow = browser.findElement(By.xpath("//tr[contains(., 'Salma Lahlou')]")).getText();
        assertTrue(salmaRow.contains("Marketing et vente :") && salmaRow.contains("Modélisme - patronage et gradation :"),
                "each course she has not completed is named with what it misses: " + salmaRow);
        String fatimaRow = browser.findElement(By.xpath("//tr[contains(., 'Fatima Zahra Bouchra')]")).getText();
        assertFalse(fatimaRow.contains("MAH-"), "her Modeling certificate is not the programme's: " + fatimaRow);
        assertFalse(browser.findElement(By.id("preview:issue-all")).isEnabled(),
                "nobody in the demo has completed the six courses: nothing to issue");
        signOut();
    }

    /** Picks the option of a PrimeFaces select menu that has one of the labels (the page's language decides which). */
    private void choose(String widget, String selectId, String... labels) {
        Object value = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const labels = arguments[2];"
                + "for (const option of document.getElementById(arguments[1]).options) {"
                + "  if (labels.includes(option.text.trim())) { PF(arguments[0]).selectValue(option.value); return option.value; }"
                + "}"
                + "return null;", widget, selectId, java.util.List.of(labels));
        assertTrue(value != null, "no option " + java.util.List.of(labels) + " in " + selectId + ":\n" + browser.getPageSource());
    }

    private void signIn(String username, String password) {
        browser.get(url("login.xhtml"));
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")), browser.getPageSource());
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
    }

    private void signOut() {
        browser.findElement(By.id("signout")).click();
        waitFor(ExpectedConditions.urlContains("login.xhtml"));
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    /** Waits, and on a timeout says what the browser shows instead. */
    private <T> T waitOrShow(ExpectedCondition<T> condition) {
        try {
            return waitFor(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not as expected at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
    }

    private <T> T waitFor(ExpectedCondition<T> condition, String pageIfNot) {
        try {
            return waitFor(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not as expected at " + browser.getCurrentUrl() + ":\n" + pageIfNot, e);
        }
    }

    private URI base() {
        return URI.create("http://localhost:" + deployment.getPort() + deployment.getPath());
    }

    private String url(String path) {
        return base().resolve(path).toString();
    }
}
