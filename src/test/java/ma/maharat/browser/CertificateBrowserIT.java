package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import ma.maharat.WebClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 6 as people click through it, in Chromium: an administrator finds Khadija (who completed
 * Modeling in the demo data) eligible in the demo cohort and issues her certificate; Khadija finds it
 * under "My certificates" and downloads the PDF; the verification address printed under its QR code
 * opens the public page, without signing in, showing it valid; the administrator revokes it with a
 * reason, and the same address then shows it revoked, with the date. Last, as it issues to everyone eligible,
 * the administrator issues the rest of the cohort's in bulk.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateBrowserIT extends BrowserScenario {

    private static final String MODELING_FR = "Modélisme - patronage et gradation";

    CertificateBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void anAdministratorIssuesTheTraineeDownloadsAndAnyoneVerifiesUntilItIsRevoked() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.open("admin/certificates.xhtml");
        browser.selectWithoutEvents("courseMenu", "eligibility:course_input", MODELING_FR, "Pattern-making and grading", "الباترون وتدريج المقاسات (الموديليزم)");
        browser.selectWithoutEvents("cohortMenu", "eligibility:cohort_input", "Cycle 1 — 2026");
        browser.findElement(By.id("eligibility:show")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("preview:candidates"), "Khadija El Idrissi"));
        WebElement khadija = browser.findElement(By.xpath("//tr[contains(., 'Khadija El Idrissi')]"));
        assertTrue(!khadija.getText().contains("MAH-"), "not issued yet: " + khadija.getText());
        String fatimaRow = browser.findElement(By.xpath("//tr[contains(., 'Fatima Zahra Bouchra')]")).getText();
        assertTrue(fatimaRow.contains("MAH-"), "the demo's valid certificate is listed as held: " + fatimaRow);
        String salmaRow = browser.findElement(By.xpath("//tr[contains(., 'Salma Lahlou')]")).getText();
        assertTrue(salmaRow.contains("leçons non faites"), "what a trainee misses is spelled out: " + salmaRow);

        khadija.findElement(By.xpath(".//button[contains(@id, ':issue')]")).click();
        WebElement confirmation = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog-message")));
        assertTrue(confirmation.getText().contains("Khadija El Idrissi") && confirmation.getText().contains(MODELING_FR),
                "the confirmation names whom and what: " + confirmation.getText());
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Khadija El Idrissi"));
        WebElement number = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[contains(., 'Khadija El Idrissi')]//a[contains(@class, 'certificate-number')]")));
        // Straight on from the page that just issued it by Ajax: leaving that page used to sign the administrator
        // out (OmniFaces' unload beacon reached the sign-out form, see SignOut).
        number.click();
        browser.waitFor(ExpectedConditions.urlContains("certificate.xhtml"));
        String certificateId = browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String code = browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("code"))).getText().trim();
        assertEquals("Valide", browser.findElement(By.id("status")).getText().trim());
        browser.signOut();

        browser.signIn("khadija.elidrissi", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/learn/"));
        browser.findElement(By.id("menu-my-certificates")).click();
        WebElement mine = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("certificate-" + certificateId)));
        String verificationUrl = mine.findElement(By.className("verification-url")).getText().trim();
        assertTrue(verificationUrl.endsWith("/verify/" + code), verificationUrl);
        WebClient khadijaAtHome = new WebClient(browser.base());
        khadijaAtHome.signIn("khadija.elidrissi", DEMO_PASSWORD);
        HttpResponse<byte[]> pdf = khadijaAtHome.getBytes(
                mine.findElement(By.className("download-pdf")).getAttribute("href").replaceFirst("^https?://[^/]+/[^/]+/", ""));
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        browser.signOutForTheNextPerson();

        // The QR code's address on this test server: the configured public address stands for it.
        String scanned = browser.url("verify/" + verificationUrl.substring(verificationUrl.lastIndexOf("/verify/") + "/verify/".length()));
        browser.open("verify/?lang=fr");
        browser.get(scanned);
        WebElement verdict = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertTrue(verdict.getAttribute("class").contains("status-VALID"), verdict.getAttribute("class"));
        assertTrue(browser.findElement(By.id("holder")).getText().contains("Khadija El Idrissi"));
        assertTrue(browser.findElement(By.id("course")).getText().contains("Modélisme"));

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.open("admin/certificate.xhtml?id=" + certificateId);
        browser.findElement(By.id("certificate:revoke")).click();
        WebElement reason = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("certificate:reason")));
        browser.findElement(By.id("certificate:confirm-revoke")).click();
        WebElement missing = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#certificate\\:revoke-dialog .ui-message-error")));
        assertTrue(missing.getText().contains("motif"), "a missing reason is said in the dialog itself: " + missing.getText());
        assertEquals("Valide", browser.findElement(By.id("status")).getText().trim(), "nothing revoked without a reason");
        reason = browser.findElement(By.id("certificate:reason"));
        reason.sendKeys("Test : délivrée par erreur");
        browser.findElement(By.id("certificate:confirm-revoke")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Révoquée"));
        browser.signOutForTheNextPerson();

        browser.open("verify/?lang=fr");
        browser.get(scanned);
        verdict = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertTrue(verdict.getAttribute("class").contains("status-REVOKED"), verdict.getAttribute("class"));
        assertTrue(verdict.getText().contains("révoquée le"), verdict.getText());
        browser.open("verify/?lang=ar");
        browser.get(scanned);
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertTrue(browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("verdict"))).getText().contains("أُلغيت"),
                "the public page in Arabic");
    }

    @Test
    void anAdministratorPreviewsACohortsProgrammeCertificatesWithWhatEachTraineeMissesPerCourse() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.open("admin/certificates.xhtml?lang=fr");
        browser.findElement(By.cssSelector("label[for='eligibility:award-kind:1']")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("eligibility:course")));
        browser.selectWithoutEvents("cohortMenu", "eligibility:cohort_input", "Cycle 1 — 2026");
        browser.findElement(By.id("eligibility:show")).click();
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.id("preview:candidates"), "Salma Lahlou"));
        assertEquals("Programme de renforcement des compétences textiles — Cycle 1 — 2026",
                browser.findElement(By.cssSelector("#preview h2")).getText().trim());
        String salmaRow = browser.findElement(By.xpath("//tr[contains(., 'Salma Lahlou')]")).getText();
        assertTrue(salmaRow.contains("Marketing et vente :") && salmaRow.contains("Modélisme - patronage et gradation :"),
                "each course she has not completed is named with what it misses: " + salmaRow);
        String fatimaRow = browser.findElement(By.xpath("//tr[contains(., 'Fatima Zahra Bouchra')]")).getText();
        assertFalse(fatimaRow.contains("MAH-"), "her Modeling certificate is not the programme's: " + fatimaRow);
        assertFalse(browser.findElement(By.id("preview:issue-all")).isEnabled(),
                "nobody in the demo has completed the six courses: nothing to issue");
        browser.signOut();
    }

    /**
     * Last: issuing to all gives a certificate to every trainee of the cohort the preview says will receive
     * one (Aïcha's was revoked in the demo, Khadija's by the first test), batch by batch under the page's
     * poll, and the preview and the list then show them.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void anAdministratorIssuesToAllTheEligibleOfACohortInBulk() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.open("admin/certificates.xhtml?lang=fr");
        browser.selectWithoutEvents("courseMenu", "eligibility:course_input", MODELING_FR);
        browser.selectWithoutEvents("cohortMenu", "eligibility:cohort_input", "Cycle 1 — 2026");
        browser.findElement(By.id("eligibility:show")).click();
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.id("preview:candidates"), "Aïcha Benali"));
        String before = browser.findElement(By.id("preview-summary")).getText();
        assertFalse(before.startsWith("0 "), "someone will receive one: " + before);
        assertFalse(browser.findElement(By.xpath("//tr[contains(., 'Aïcha Benali')]")).getText().contains("MAH-"));

        browser.findElement(By.id("preview:issue-all")).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Terminé :"));
        String done = browser.findElement(By.id("messages")).getText();
        assertFalse(done.contains("Terminé : 0 "), "the run issued certificates: " + done);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-summary"), "0 recevront"));
        assertTrue(browser.findElement(By.xpath("//tr[contains(., 'Aïcha Benali')]")).getText().contains("MAH-"),
                "the preview shows her new certificate");
        assertTrue(browser.findElement(By.id("certificates:issued")).getText().contains("Aïcha Benali"),
                "the list of issued certificates shows it at once");
        browser.signOut();
    }
}
