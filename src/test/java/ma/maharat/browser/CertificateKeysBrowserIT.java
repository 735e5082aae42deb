package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator rotates the certificates' signing key in Chromium: the menu link, the list of keys,
 * the confirmation, then the new current key above the retired one.
 */
class CertificateKeysBrowserIT extends BrowserScenario {

    CertificateKeysBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void administratorRotatesTheSigningKeyAfterConfirming() {
        signInAsAdministrator("fr");

        browser.findElement(By.id("menu-signing-keys")).click();
        browser.waitFor(ExpectedConditions.urlContains("signing-keys.xhtml"));
        List<WebElement> before = browser.findElements(By.cssSelector("code.did"));
        assertTrue(before.size() >= 1, "a key exists from start");
        String oldDid = before.get(0).getText();

        browser.findElement(By.id("signing-keys:rotate")).click();
        WebElement yes = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("signing-keys:confirm-yes")));
        yes.click();

        browser.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("code.did"), before.size() + 1));
        List<WebElement> after = browser.findElements(By.cssSelector("code.did"));
        assertTrue(after.get(1).getText().equals(oldDid), "the old key is listed second, retired");
        assertTrue(!after.get(0).getText().equals(oldDid) && after.get(0).getText().startsWith("did:key:z6Mk"));
        // The account's remembered language may win over the sign-in page's: check the message, not its words.
        assertTrue(browser.findElement(By.id("messages")).getText().contains(after.get(0).getText()),
                "the message names the new key: " + browser.findElement(By.id("messages")).getText());
    }

    /** axe-core finds no WCAG 2.1 A/AA violation on the page, in French and in Arabic (right to left). */
    @Test
    void signingKeysPageMeetsWcag21AaInFrenchAndArabic() {
        List<String> violations = new java.util.ArrayList<>();
        for (String language : List.of("fr", "ar")) {
            signInAsAdministrator(language);
            browser.open("admin/signing-keys.xhtml");
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("code.did")));
            violations.addAll(browser.accessibilityViolations(language));
        }
        assertTrue(violations.isEmpty(), violations.toString());
    }

    /** A fresh terminal whose sign-in page is in {@code language}, then the administrator signs in. */
    private void signInAsAdministrator(String language) {
        browser.freshTerminal();
        browser.open("login.xhtml?lang=" + language);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
    }
}
