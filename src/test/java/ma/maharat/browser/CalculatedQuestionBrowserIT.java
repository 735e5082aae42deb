package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A calculated question as a trainee meets it, in French and in Arabic (issue 18): the quality course's final
 * quiz draws 10 of its 15 questions, three of them calculated (AQL); she answers one with a number that is
 * not the answer, hands in, and the result page shows the worked solution with her own numbers, the
 * ISO 2859-1 row used, and where her answer departed, right to left in Arabic. A new trainee each time, so
 * no demo account's progress changes. The question's unit stands beside the answer box, after it in the
 * reading direction (to its left in Arabic), at the center's screens and on a phone.
 *
 * <p>And a trainer previews the sourcing course's calculated questions in the draft's editor: each press of
 * "Draw values" shows the question with new values, the answer with its unit and the worked steps.
 */
class CalculatedQuestionBrowserIT extends BrowserScenario {

    private static final String QUALITY_FR = "Qualité : normes, contrôle et échantillonnage AQL";

    CalculatedQuestionBrowserIT() {
        super(Duration.ofSeconds(60));
    }

    @Test
    void traineeAnswersACalculatedQuestionAndReadsTheWorkedSolutionInFrenchAndArabic() throws IOException {
        takeCalculatedQuestion("fr", "Enregistré", "ltr", "lettre-code", "Votre réponse, 1,");
        takeCalculatedQuestion("ar", "تم الحفظ", "rtl", "الحرف الرمزي", "إجابتك، 1،");
    }

    private void takeCalculatedQuestion(String language, String savedText, String direction, String tableWord, String departure)
            throws IOException {
        String username = newQualityTrainee();
        browser.open("learn/quiz.xhtml?course=quality&quiz=course&lang=" + language);
        // 10 of 15 questions, 3 calculated: an attempt has none once in 45; hand it in and start again.
        WebElement calculated = null;
        for (int attempt = 0; attempt < 3 && calculated == null; attempt++) {
            browser.findElement(By.id("quiz-start:start")).click();
            browser.waitFor(ExpectedConditions.urlContains("attempt.xhtml"));
            List<WebElement> found = browser.findElements(By.cssSelector("fieldset.question[data-calculated='true']"));
            if (found.isEmpty()) {
                handIn();
                browser.open("learn/quiz.xhtml?course=quality&quiz=course&lang=" + language);
            } else {
                calculated = found.get(0);
            }
        }
        assertTrue(calculated != null, username + " got no calculated question in three attempts");
        assertEquals(direction, browser.findElement(By.tagName("html")).getAttribute("dir"));
        String slot = calculated.getAttribute("data-slot");
        assertEquals("numerical", calculated.getAttribute("data-type"));
        WebElement field = calculated.findElement(By.cssSelector("input[type=text]"));
        // The unit beside the box, after it in the reading direction: right of it in French, left of it in Arabic.
        WebElement unit = browser.findElement(By.id("q-" + slot + "-unit"));
        String unitText = unit.getText();
        assertFalse(unitText.isBlank());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        assertUnitAfterBox(field, unit, direction, 1366);
        save("attempt-unit-" + language + "-1366");
        browser.screen(360, 740, true);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        assertUnitAfterBox(field, unit, direction, 360);
        save("attempt-unit-" + language + "-360");
        browser.screen(1366, 768, false);
        field.sendKeys("1");
        field.sendKeys(Keys.TAB);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("q-" + slot + "-status"), savedText));
        save("attempt-" + language);
        handIn();

        WebElement worked = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("r-" + slot + "-worked")));
        assertEquals(direction, worked.getAttribute("dir"));
        assertTrue(worked.getText().contains(tableWord), worked.getText());
        assertTrue(worked.getText().contains("Ac = ") && worked.getText().contains("Re = "), worked.getText());
        String said = browser.findElement(By.id("r-" + slot + "-departure")).getText();
        assertTrue(said.startsWith(departure), said);
        assertTrue(browser.findElement(By.id("r-" + slot + "-right")).getText().endsWith(unitText), "the right answer with its unit");
        assertTrue(browser.findElement(By.id("r-" + slot + "-given")).getText().endsWith(unitText), "her answer with its unit");
        save("result-" + language);
        browser.signOutForTheNextPerson();
    }

    /** The unit on the box's line, after it in the reading direction, and inside a screen {@code width} wide. */
    private static void assertUnitAfterBox(WebElement box, WebElement unit, String direction, int width) {
        org.openqa.selenium.Rectangle b = box.getRect();
        org.openqa.selenium.Rectangle u = unit.getRect();
        assertTrue(u.getY() < b.getY() + b.getHeight() && b.getY() < u.getY() + u.getHeight(), "on the box's line: " + b + " " + u);
        if ("rtl".equals(direction)) {
            assertTrue(u.getX() + u.getWidth() <= b.getX(), "left of the box in Arabic: " + b + " " + u);
        } else {
            assertTrue(u.getX() >= b.getX() + b.getWidth(), "right of the box in French: " + b + " " + u);
        }
        assertTrue(u.getX() >= 0 && u.getX() + u.getWidth() <= width && b.getX() >= 0 && b.getX() + b.getWidth() <= width,
                "inside the screen: " + b + " " + u);
    }

    @Test
    void trainerPreviewsACalculatedQuestionWithDrawnValuesInFrenchAndArabic() throws IOException {
        browser.signIn("omar.alaoui", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.open("author/course.xhtml?code=sourcing&lang=fr");
        new AuthoringPages(browser).startDraftUnlessOneIsOpen();
        previewDraws("fr", "ltr", "Réponse : ");
        previewDraws("ar", "rtl", "الجواب: ");
        browser.signOutForTheNextPerson();
    }

    private void previewDraws(String language, String direction, String answerWord) throws IOException {
        browser.open("author/questions.xhtml?course=sourcing&lang=" + language);
        browser.click(By.id("edit-bank-calculated"));
        browser.waitFor(ExpectedConditions.urlContains("path=quiz/bank.calculated.yaml"));
        assertTrue(browser.findElement(By.id("question-count")).getText().startsWith("3"), browser.findElement(By.id("question-count")).getText());
        browser.click(By.id("editor:draw"));
        WebElement drawn = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("preview-drawn")));
        assertEquals(direction, drawn.getAttribute("dir"));
        String first = drawn.getAttribute("data-values");
        String text = browser.findElement(By.id("preview-text")).getText();
        assertFalse(text.contains("{"), "her numbers written in: " + text);
        assertTrue(text.matches("(?s).*\\d.*"), text);
        String answer = browser.findElement(By.id("preview-answer")).getText();
        assertTrue(answer.startsWith(answerWord), answer);
        assertFalse(browser.findElements(By.cssSelector("#preview-drawn .worked-steps li")).isEmpty(), "the worked steps");
        assertEquals(List.of(), browser.accessibilityViolations("calculated preview " + language));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", drawn);
        save("preview-" + language + "-1366");
        // Each press draws again: a grid of many draws gives other values within a few presses.
        String again = first;
        for (int press = 0; press < 5 && again.equals(first); press++) {
            browser.click(By.id("editor:draw"));
            browser.waitForAjax();
            again = browser.findElement(By.id("preview-drawn")).getAttribute("data-values");
        }
        assertNotEquals(first, again, "five presses drew the same values " + first);
        browser.screen(360, 740, true);
        WebElement phone = browser.findElement(By.id("preview-drawn"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", phone);
        assertTrue(phone.getRect().getX() >= 0 && phone.getRect().getX() + phone.getRect().getWidth() <= 360, "inside a phone's screen: " + phone.getRect());
        save("preview-" + language + "-360");
        browser.screen(1366, 768, false);
    }

    private void handIn() {
        browser.findElement(By.id("hand-in:submit")).click();
        browser.switchTo().alert().accept();
        browser.waitFor(ExpectedConditions.urlContains("result.xhtml"));
    }

    /** A new trainee enrolled in the quality course by the administrator, signed in with her own password. */
    private String newQualityTrainee() {
        String username = "calcul-" + Long.toString(System.nanoTime(), 36);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.open("admin/accounts.xhtml?lang=fr");
        browser.findElement(By.id("create:username")).sendKeys(username);
        browser.findElement(By.id("create:fullName")).sendKeys("Salma Calcul");
        browser.findElement(By.id("create:fullNameAr")).sendKeys("سلمى حساب");
        browser.findElement(By.id("create:password")).sendKeys("provisoire-1");
        browser.findElement(By.id("create:createAccount")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), username));
        browser.open("admin/enrollments.xhtml?lang=fr");
        browser.chooseAsIfClicked("enroll:course", QUALITY_FR);
        browser.findElement(By.id("enroll:usernames")).sendKeys(username + "\n");
        browser.findElement(By.id("enroll:enrollList")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), username));
        browser.signOutForTheNextPerson();
        browser.signIn(username, "provisoire-1");
        browser.waitFor(ExpectedConditions.urlContains("/profile/password.xhtml"));
        browser.findElement(By.id("password:current")).sendKeys("provisoire-1");
        browser.findElement(By.id("password:new")).sendKeys("mon propre mot");
        browser.findElement(By.id("password:repeat")).sendKeys("mon propre mot");
        browser.findElement(By.id("password:save")).click();
        browser.waitForPath("/learn/");
        return username;
    }

    /** Kept for a person to look at (target/screenshots), as the other browser tests' failures are. */
    private void save(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve("calculated-" + name + ".png"), browser.screenshot());
    }
}
