package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Picture sign-in in Chromium, in French and in Arabic: the page is a 404 until an administrator registers
 * the browser; then the sign-in page offers pictures, a Cycle 2 trainee finds her name (by letter in French,
 * by cooperative in Arabic), a wrong sequence is refused with a message, the right one opens her courses.
 * Last, the administrator prints a card for one trainee and the PDF names her. Only Fatimatou Dahi's
 * pictures are drawn anew: no other test signs in with hers.
 *
 * <p>With {@code MAHARAT_SHOTS} set to a folder, each step is photographed there at 1366x768 and 360x740.
 */
class PictureSignInBrowserIT extends BrowserScenario {

    private static final String SESSION_COOKIE = "MAHARAT_SESSION";
    private final String shots = System.getenv("MAHARAT_SHOTS");
    private final List<String> accessibility = new ArrayList<>();

    PictureSignInBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void aRegisteredTerminalLetsCycle2TraineesSignInWithTheirPicturesAndCardsPrint() throws IOException {
        browser.open("pictures/?lang=fr");
        assertTrue(browser.findElements(By.cssSelector(".picture-letter")).isEmpty(), "no letters before the browser is registered");
        assertFalse(browser.getPageSource().contains("Nadia"), "no name on an unregistered browser");

        registerThisBrowser();

        signInWithPictures("fr", By.xpath("//a[contains(@class,'picture-letter')][normalize-space()='N']"), "Nadia El Haddad",
                List.of("spool", "scissors", "needle"), List.of("scissors", "spool", "needle"));
        signInWithPictures("ar", By.xpath("//a[contains(@class,'picture-cooperative')][normalize-space()='تعاونية تامونت للنسيج']"),
                "رقية بوسعيد", List.of("ruler", "hat", "dress"), List.of("dress", "hat", "ruler"));

        printFatimatousCard();
        assertTrue(accessibility.isEmpty(), accessibility.toString());
    }

    private void registerThisBrowser() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.open("admin/?lang=fr");
        browser.click(By.id("menu-terminals"));
        browser.waitFor(ExpectedConditions.urlContains("terminals.xhtml"));
        browser.findElement(By.id("terminal:name")).sendKeys("Salle informatique — poste " + System.nanoTime() % 1000);
        browser.click(By.id("terminal:register"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("this-browser-registered")));
        Cookie terminal = browser.manage().getCookieNamed("MAHARAT_TERMINAL");
        assertTrue(terminal != null && terminal.getValue().startsWith("mht_"), "the browser holds the terminal's token");
        assertTrue(terminal.isHttpOnly(), "no script reads it");
        assertEquals("Strict", terminal.getSameSite());
        shoot("terminals-fr");
        signOutKeepingTheTerminal();
    }

    private void signInWithPictures(String language, By findHer, String name, List<String> wrong, List<String> right) {
        browser.open("login.xhtml?lang=" + language);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("picture-sign-in")));
        shoot("1-login-" + language);
        browser.click(By.id("picture-sign-in"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".picture-letter")));
        shoot("2-letters-" + language);
        accessibility.addAll(browser.accessibilityViolations("letters " + language));

        browser.click(findHer);
        By herName = By.xpath("//a[contains(@class,'picture-name')][.//bdi[normalize-space()='" + name + "']]");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(herName));
        shoot("3-names-" + language);
        browser.click(herName);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".picture-grid")));
        assertTrue(browser.findElement(By.id("hello")).getText().contains(name));
        shoot("4-grid-" + language);
        accessibility.addAll(browser.accessibilityViolations("pictures " + language));

        pick(wrong);
        shoot("5-chosen-" + language);
        browser.click(By.id("sign-in"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages .ui-messages-error")));
        assertTrue(browser.getCurrentUrl().contains("pictures"), "still on the picture page");
        assertEquals(0, chosenCount(), "the wrong pictures are erased");
        shoot("6-wrong-" + language);

        pick(right.subList(0, 1));
        browser.click(By.id("erase"));
        browser.waitFor(driver -> chosenCount() == 0);
        pick(right);
        browser.click(By.id("sign-in"));
        browser.waitFor(ExpectedConditions.urlContains("/learn/"));
        assertEquals(name, browser.findElement(By.cssSelector(".signout .who")).getText());
        shoot("7-signed-in-" + language);
        signOutKeepingTheTerminal();
    }

    private void pick(List<String> pictures) {
        int before = chosenCount();
        for (String picture : pictures) {
            browser.click(By.cssSelector("a.picture-" + picture));
            int expected = ++before;
            browser.waitFor(driver -> chosenCount() == expected);
        }
    }

    private int chosenCount() {
        return browser.findElements(By.cssSelector(".picture-slots li:not(.empty)")).size();
    }

    /** The next person at the same terminal: signed out, the session cookie gone, the terminal's kept. */
    private void signOutKeepingTheTerminal() {
        browser.signOut();
        browser.manage().deleteCookieNamed(SESSION_COOKIE);
    }

    @SuppressWarnings("unchecked")
    private void printFatimatousCard() throws IOException {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/admin/"));
        browser.open("admin/cohorts.xhtml?lang=fr");
        browser.click(By.xpath("//tr[.//bdi[normalize-space()='Cycle 2 — Laâyoune et Boujdour']]//a[contains(@class,'picture-cards-link')]"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("cards")));
        By fatimatou = By.xpath("//tr[.//bdi[normalize-space()='Fatimatou Dahi']]//input[@type='checkbox']");
        browser.click(fatimatou);
        shoot("8-cards-fr");
        browser.click(By.id("cards:draw"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("cards:confirm-no")));
        shoot("9-cards-confirm-fr");
        browser.click(By.id("cards:confirm-no"));
        // The download itself, as the button's form posts it, read by the page's own fetch (Chromium headless
        // would save it where the test cannot choose).
        Map<String, Object> answer = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('cards');
                const data = new URLSearchParams(new FormData(form));
                data.append('cards:draw', 'cards:draw');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => {
                        let s = ''; const a = new Uint8Array(b);
                        for (let i = 0; i < a.length; i++) { s += String.fromCharCode(a[i]); }
                        done({status: r.status, type: r.headers.get('content-type'), cache: r.headers.get('cache-control'), body: btoa(s)});
                    }))
                    .catch(e => done({status: 0, error: String(e)}));
                """);
        assertEquals(200L, ((Number) answer.get("status")).longValue(), String.valueOf(answer.get("error")));
        assertTrue(String.valueOf(answer.get("type")).startsWith("application/pdf"), String.valueOf(answer.get("type")));
        assertEquals("no-store", answer.get("cache"));
        byte[] pdf = Base64.getDecoder().decode((String) answer.get("body"));
        if (shots != null) {
            Files.write(Path.of(shots, "cards.pdf"), pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages(), "one card: only Fatimatou was ticked");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Fatimatou Dahi"), text);
            assertTrue(text.contains("فاطمتو الداهي"), text);
            assertTrue(text.contains("Coopérative Foum El Oued Création"), text);
        }
    }

    /** Photographs the page at the two sizes the center uses, when MAHARAT_SHOTS names a folder. */
    private void shoot(String name) {
        if (shots == null) {
            return;
        }
        try {
            for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(360, 740))) {
                browser.manage().window().setSize(size);
                Thread.sleep(300);
                byte[] png = browser.screenshot();
                Files.write(Path.of(shots, name + "-" + size.getWidth() + ".png"), png);
            }
            browser.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
