package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The course's question bank downloaded as Moodle XML from the authoring course page, the page saying what a
 * GIFT download leaves out, and a Moodle XML file imported into the draft from the questions page (a refused
 * file's problems listed with their line, a second import of the same names refused), in French and Arabic.
 * axe-core finds no WCAG 2.1 A/AA violation on either page. On Marketing, which no other browser test drafts; the draft
 * is discarded at the end.
 */
class MoodleXmlBrowserIT extends BrowserScenario {

    MoodleXmlBrowserIT() {
        super(Duration.ofSeconds(60));
    }

    private static String file(String tag) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/top/Défaut pour Marketing</text></category></question>
                  <question type="truefalse">
                    <name><text>marketing-moodle-TAG-tf</text></name>
                    <questiontext format="moodle_auto_format"><text>Le prix de vente comprend la TVA de 20 %.</text></questiontext>
                    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                  </question>
                  <question type="calculated">
                    <name><text>marketing-moodle-TAG-c1</text></name>
                    <questiontext format="moodle_auto_format"><text>Coût {c} DH, marge {m} % : prix hors taxe ?</text></questiontext>
                    <answer fraction="100"><text>round({c}*(1+{m}/100), 2)</text><tolerance>0.01</tolerance><tolerancetype>1</tolerancetype></answer>
                    <dataset_definitions>
                      <dataset_definition><name><text>c</text></name><dataset_items>
                        <dataset_item><number>1</number><value>80</value></dataset_item>
                        <dataset_item><number>2</number><value>95.5</value></dataset_item></dataset_items></dataset_definition>
                      <dataset_definition><name><text>m</text></name><dataset_items>
                        <dataset_item><number>1</number><value>25</value></dataset_item>
                        <dataset_item><number>2</number><value>30</value></dataset_item></dataset_items></dataset_definition>
                    </dataset_definitions>
                  </question>
                </quiz>
                """.replace("TAG", tag);
    }

    @Test
    void anAdministratorDownloadsTheBankAndImportsAMoodleFileIntoTheDraftInFrenchAndArabic() throws IOException {
        Path folder = Files.createTempDirectory("moodle-browser");
        Path broken = folder.resolve("questions-essai.xml");
        Files.writeString(broken, "<quiz>\n  <question type=\"essay\"><name><text>essai</text></name></question>\n</quiz>\n");
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.screen(1366, 768, false);
        List<String> violations = new java.util.ArrayList<>();
        for (String language : List.of("fr", "ar")) {
            browser.open("author/course.xhtml?code=marketing&lang=" + language);
            new AuthoringPages(browser).startDraftUnlessOneIsOpen();
            WebElement leftOut = browser.findElement(By.id("gift-left-out"));
            assertTrue(leftOut.getText().contains("marketing-c01") && leftOut.getText().contains("Moodle XML"), leftOut.getText());
            Map<?, ?> download = download("question-bank:moodle-" + language);
            assertEquals(200L, ((Number) download.get("status")).longValue(), String.valueOf(download));
            assertTrue(String.valueOf(download.get("disposition")).contains("marketing-questions." + language + ".xml"), String.valueOf(download));
            assertTrue(String.valueOf(download.get("body")).contains("<question type=\"calculated\">"));
            Map<?, ?> gift = download("question-bank:gift-" + language);
            assertTrue(String.valueOf(gift.get("body")).startsWith("// ") && String.valueOf(gift.get("body")).contains("marketing-c01"));
            shot("moodle-course-" + language);
            violations.addAll(browser.accessibilityViolations("course page " + language));

            browser.open("author/questions.xhtml?course=marketing&lang=" + language);
            browser.findElement(By.id("moodle-import:file")).sendKeys(broken.toString());
            browser.findElement(By.id("moodle-import:import")).click();
            WebElement problems = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("moodle-problems")));
            assertTrue(problems.getText().contains("questions-essai.xml:2:") && problems.getText().contains("'essay'"), problems.getText());
            shot("moodle-import-refused-" + language);
            violations.addAll(browser.accessibilityViolations("questions page, refused file " + language));

            Path good = folder.resolve("marketing-" + language + ".xml");
            Files.writeString(good, file(language + Long.toString(System.nanoTime(), 36)), StandardCharsets.UTF_8);
            browser.findElement(By.id("moodle-import:file")).sendKeys(good.toString());
            new Select(browser.findElement(By.id("moodle-import:language"))).selectByValue(language);
            browser.findElement(By.id("moodle-import:import")).click();
            String added = message("moodle.import.added", language).substring(0, 8);
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), added));
            assertTrue(browser.findElement(By.id("moodle-notes")).getText().contains("marketing/"), "the category it was given");
            shot("moodle-import-added-" + language);

            browser.findElement(By.id("moodle-import:file")).sendKeys(good.toString());
            browser.findElement(By.id("moodle-import:import")).click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "marketing-moodle-" + language));
        }
        assertEquals(List.of(), violations, "WCAG 2.1 A/AA (axe-core)");
        browser.open("author/course.xhtml?code=marketing&lang=fr");
        browser.findElement(By.id("publish:discard")).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("start:start-draft")));
    }

    /** The download as its button's form posts it, read by the page's own fetch (Chromium would save it to a folder). */
    private Map<?, ?> download(String button) {
        return (Map<?, ?>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('question-bank');
                const data = new URLSearchParams(new FormData(form));
                data.append(arguments[0], arguments[0]);
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.text().then(t => done({status: r.status, disposition: r.headers.get('content-disposition'), body: t})))
                    .catch(e => done({status: 0, body: String(e)}));
                """, button);
    }

    private static String message(String key, String language) {
        return java.util.ResourceBundle.getBundle("ma.maharat.i18n.messages", java.util.Locale.forLanguageTag(language)).getString(key)
                .replace("{0}", "2");
    }

    private void shot(String name) {
        String folder = System.getProperty("maharat.shots", System.getenv("MAHARAT_SHOTS"));
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.write(dir.resolve(name + "-1366.png"), browser.screenshot());
            browser.screen(360, 740, true);
            Files.write(dir.resolve(name + "-360.png"), browser.screenshot());
            browser.screen(1366, 768, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
