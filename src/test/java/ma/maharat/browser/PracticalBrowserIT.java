package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
        // As large as a phone's photo: 4000 × 3000 px of grainy fabric, a few megabytes.
        Path photo = files.resolve("tshirt-salma.jpg");
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        java.util.Random grain = new java.util.Random(7);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                int shade = grain.nextInt(60);
                image.setRGB(x, y, new Color(20 + shade, 130 + shade, 150 + shade).getRGB());
            }
        }
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(1500, 1000, 1000, 1000);
        graphics.dispose();
        ImageIO.write(image, "jpeg", photo.toFile());
        assertTrue(Files.size(photo) > 2_000_000, "a photo of " + Files.size(photo) + " bytes");
        Path notAPhoto = files.resolve("measurements.png");
        Files.writeString(notAPhoto, "poitrine 76 cm, longueur 52 cm", StandardCharsets.UTF_8);

        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.open("trainer/practical.xhtml");
        new Select(browser.findElement(By.id("choose:task"))).selectByVisibleText(
                "Prototypage : du patron au premier échantillon — Coudre un prototype du T-shirt enfant de la colonie de vacances");
        WebElement row = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("trainee-salma.lahlou")));
        assertEquals("not-signed", row.findElement(By.cssSelector("td.status")).getAttribute("data-status"));
        row.findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("signoff-title"), "Salma Lahlou"));
        List<String> violations = new java.util.ArrayList<>(browser.accessibilityViolations("trainer practical sign-off form"));
        List<WebElement> criteria = browser.findElements(By.cssSelector("fieldset.criterion"));
        assertEquals(4, criteria.size());
        assertTrue(criteria.get(1).getText().contains("Coutures droites et solides"), "each level shows its description");

        // Two criteria assessed only: the other two are pointed out next to their levels.
        criteria.get(0).findElements(By.cssSelector("input[type=radio]")).get(2).click();
        criteria.get(1).findElements(By.cssSelector("input[type=radio]")).get(3).click();
        browser.findElement(By.id("signoff:save")).click();
        browser.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.criterion .field-error"), 2));
        assertTrue(browser.findElement(By.id("criterion-finishing")).getText().contains("Choisissez un niveau pour ce critère."));

        browser.findElement(By.cssSelector("#signoff input[type=file]")).sendKeys(notAPhoto.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("signoff:photos-message"), "n’est pas une photo JPEG ou PNG"));
        browser.findElement(By.cssSelector("#signoff input[type=file]")).sendKeys(photo.toString());
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.pending-photo img")));

        for (String criterion : List.of("finishing", "measurements")) {
            browser.findElement(By.id("criterion-" + criterion)).findElements(By.cssSelector("input[type=radio]")).get(2).click();
        }
        browser.findElement(By.id("signoff:comment")).sendKeys(COMMENT);
        browser.findElement(By.id("signoff:save")).click();
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
