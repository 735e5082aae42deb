package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import ma.maharat.Deployments;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator rotates the certificates' signing key in Chromium: the menu link, the list of keys,
 * the confirmation, then the new current key above the retired one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateKeysBrowserIT {

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
    void administratorRotatesTheSigningKeyAfterConfirming() {
        signInAsAdministrator("fr");

        browser.findElement(By.id("menu-signing-keys")).click();
        waitFor(ExpectedConditions.urlContains("signing-keys.xhtml"));
        List<WebElement> before = browser.findElements(By.cssSelector("code.did"));
        assertTrue(before.size() >= 1, "a key exists from start");
        String oldDid = before.get(0).getText();

        browser.findElement(By.id("signing-keys:rotate")).click();
        WebElement yes = waitFor(ExpectedConditions.elementToBeClickable(By.id("signing-keys:confirm-yes")));
        yes.click();

        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("code.did"), before.size() + 1));
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
            browser.get(url("admin/signing-keys.xhtml"));
            waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("code.did")));
            com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
            results.getViolations().forEach(rule -> violations.add(language + ": " + rule.getId() + " on "
                    + rule.getNodes().get(0).getTarget()));
        }
        assertTrue(violations.isEmpty(), violations.toString());
    }

    private void signInAsAdministrator(String language) {
        browser.get(url("login.xhtml"));
        browser.manage().deleteAllCookies();
        browser.get(url("login.xhtml?lang=" + language));
        browser.get(url("login.xhtml"));
        WebElement username;
        try {
            username = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No sign-in form at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
        username.sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin-it-Passw0rd");
        browser.findElement(By.id("submit")).click();
        waitFor(ExpectedConditions.urlContains("/admin/"));
    }

    private <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private String url(String path) {
        // The adapter reports the machine's network address; the browser uses loopback, same port.
        return URI.create("http://localhost:" + deployment.getPort() + deployment.getPath()).resolve(path).toString();
    }
}
