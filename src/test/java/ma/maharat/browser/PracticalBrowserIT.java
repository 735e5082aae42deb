package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a trainer and a trainee click through for practical work, in a real Chromium: the trainer
 * chooses the summer-camp T-shirt task, opens Salma Lahlou's sign-off, is told which criteria still need
 * a level, sees a file that is no photo refused next to the upload, adds a photo (its thumbnail appears),
 * signs off; then Salma finds her result on her course page, levels, comment and photo included, in
 * French and in Arabic (right to left). The pages pass axe-core's WCAG 2.1 AA rules.
 */
class PracticalBrowserIT extends BrowserScenario {

    private static final String COMMENT = "Ourlets réguliers, encolure bien à plat : bravo.";

    @TempDir
    Path files;

    PracticalBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void theTrainerSignsOffAPracticalTaskWithAPhotoAndTheTraineeSeesHerResult() throws IOException {
        Path photo = PracticalSignOffPage.writePhonePhoto(files.resolve("tshirt-salma.jpg"));
        assertTrue(Files.size(photo) > 2_000_000, "a photo of " + Files.size(photo) + " bytes");
        Path notAPhoto = files.resolve("measurements.png");
        Files.writeString(notAPhoto, "poitrine 76 cm, longueur 52 cm", StandardCharsets.UTF_8);

        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        PracticalSignOffPage practical = new PracticalSignOffPage(browser);
        WebElement row = practical.chooseTask(PracticalSignOffPage.TSHIRT_TASK_FR, "salma.lahlou");
        assertEquals("not-signed", row.findElement(By.cssSelector("td.status")).getAttribute("data-status"));
        practical.openSignOff(row, "Salma Lahlou");
        List<String> violations = new java.util.ArrayList<>(browser.accessibilityViolations("trainer practical sign-off form"));
        List<WebElement> criteria = browser.findElements(By.cssSelector("fieldset.criterion"));
        assertEquals(4, criteria.size());
        assertTrue(criteria.get(1).getText().contains("Coutures droites et solides"), "each level shows its description");

        // Two criteria assessed only: the other two are pointed out next to their levels.
        criteria.get(0).findElements(By.cssSelector("input[type=radio]")).get(PracticalSignOffPage.ACCEPTABLE).click();
        criteria.get(1).findElements(By.cssSelector("input[type=radio]")).get(PracticalSignOffPage.EXCELLENT).click();
        practical.save();
        browser.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.criterion .field-error"), 2));
        assertTrue(browser.findElement(By.id("criterion-finishing")).getText().contains("Choisissez un niveau pour ce critère."));

        practical.upload(notAPhoto);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("signoff:photos-message"), "n’est pas une photo JPEG ou PNG"));
        practical.addPhoto(photo);

        for (String criterion : List.of("finishing", "measurements")) {
            practical.chooseLevel(criterion, PracticalSignOffPage.ACCEPTABLE);
        }
        browser.findElement(By.id("signoff:comment")).sendKeys(COMMENT);
        practical.save();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trainee-salma\\.lahlou td.status[data-status=passed]")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Travail de Salma Lahlou validé."));

        browser.signOutForTheNextPerson();
        browser.signIn("salma.lahlou", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/learn/"));
        browser.open("learn/course.xhtml?code=prototyping");
        WebElement task = browser.findElement(By.id("task-summer-camp-tshirt"));
        assertEquals("passed", task.findElement(By.cssSelector(".task-status")).getAttribute("data-status"));
        assertTrue(task.findElement(By.id("result-summer-camp-tshirt-seam-quality")).getText().contains("Excellent"), task::getText);
        assertTrue(task.findElement(By.id("result-summer-camp-tshirt-measurements")).getText().contains("Acceptable"), task::getText);
        assertTrue(task.getText().contains(COMMENT), task::getText);
        WebElement thumbnail = task.findElement(By.cssSelector(".photo-list img"));
        browser.waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
        assertEquals(320L, browser.executeScript("return arguments[0].naturalWidth", thumbnail),
                "the thumbnail of the photo, scaled");
        violations.addAll(browser.accessibilityViolations("course page with practical result fr"));

        browser.open("learn/course.xhtml?code=prototyping&lang=ar");
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertEquals("الأعمال التطبيقية", browser.findElement(By.id("practical-title")).getText());
        assertTrue(browser.findElement(By.id("result-summer-camp-tshirt-seam-quality")).getText().contains("ممتاز"));
        violations.addAll(browser.accessibilityViolations("course page with practical result ar"));
        assertEquals(List.of(), violations);
    }
}
