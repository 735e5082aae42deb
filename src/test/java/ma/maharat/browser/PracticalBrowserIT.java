package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a trainer and a trainee click through for practical work, in a real Chromium: the trainer
 * chooses the summer-camp T-shirt task, opens Salma Lahlou's sign-off, is told which criteria still need
 * a level, sees a file that is no photo refused next to the upload, adds a photo (its thumbnail appears),
 * signs off; then Salma finds her result on her course page, levels, comment and photo included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticalBrowserIT {

    private static final String DEMO_PASSWORD = "maharat-demo";
    private static final String COMMENT = "Ourlets réguliers, encolure bien à plat : bravo.";
    private static WebDriver browser;

    @ArquillianResource
    URL deployment;

    @TempDir
    Path files;

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
    void theTrainerSignsOffAPracticalTaskWithAPhotoAndTheTraineeSeesHerResult() throws IOException {
        Path photo = files.resolve("tshirt-salma.jpg");
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(38, 166, 180));
        graphics.fillRect(150, 100, 600, 400);
        graphics.dispose();
        ImageIO.write(image, "jpeg", photo.toFile());
        Path notAPhoto = files.resolve("measurements.png");
        Files.writeString(notAPhoto, "poitrine 76 cm, longueur 52 cm", StandardCharsets.UTF_8);

        signIn("samira.bennani");
        waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.get(url("trainer/practical.xhtml"));
        new Select(browser.findElement(By.id("choose:task"))).selectByVisibleText(
                "Prototypage : du patron au premier échantillon — Coudre un prototype du T-shirt enfant de la colonie de vacances");
        WebElement row = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("trainee-salma.lahlou")));
        assertEquals("not-signed", row.findElement(By.cssSelector("td.status")).getAttribute("data-status"));
        row.findElement(By.cssSelector("input[type=submit]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("signoff-title"), "Salma Lahlou"));
        List<WebElement> criteria = browser.findElements(By.cssSelector("fieldset.criterion"));
        assertEquals(4, criteria.size());
        assertTrue(criteria.get(1).getText().contains("Coutures droites et solides"), "each level shows its description");

        // Two criteria assessed only: the other two are pointed out next to their levels.
        criteria.get(0).findElements(By.cssSelector("input[type=radio]")).get(2).click();
        criteria.get(1).findElements(By.cssSelector("input[type=radio]")).get(3).click();
        browser.findElement(By.id("signoff:save")).click();
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.criterion .field-error"), 2));
        assertTrue(browser.findElement(By.id("criterion-finishing")).getText().contains("Choisissez un niveau pour ce critère."));

        browser.findElement(By.cssSelector("#signoff input[type=file]")).sendKeys(notAPhoto.toString());
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("signoff:photos-message"), "n’est pas une photo JPEG ou PNG"));
        browser.findElement(By.cssSelector("#signoff input[type=file]")).sendKeys(photo.toString());
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.pending-photo img")));

        for (String criterion : List.of("finishing", "measurements")) {
            browser.findElement(By.id("criterion-" + criterion)).findElements(By.cssSelector("input[type=radio]")).get(2).click();
        }
        browser.findElement(By.id("signoff:comment")).sendKeys(COMMENT);
        browser.findElement(By.id("signoff:save")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trainee-salma\\.lahlou td.status[data-status=passed]")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Travail de Salma Lahlou validé."));

        browser.findElement(By.id("signout")).click();
        waitFor(ExpectedConditions.urlContains("login.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("salma.lahlou");
        waitFor(ExpectedConditions.urlContains("/learn/"));
        browser.get(url("learn/course.xhtml?code=prototyping"));
        WebElement task = browser.findElement(By.id("task-summer-camp-tshirt"));
        assertEquals("passed", task.findElement(By.cssSelector(".task-status")).getAttribute("data-status"));
        assertTrue(task.findElement(By.id("result-summer-camp-tshirt-seam-quality")).getText().contains("Excellent"), task::getText);
        assertTrue(task.findElement(By.id("result-summer-camp-tshirt-measurements")).getText().contains("Acceptable"), task::getText);
        assertTrue(task.getText().contains(COMMENT), task::getText);
        WebElement thumbnail = task.findElement(By.cssSelector(".photo-list img"));
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail));
        assertEquals(320L, ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", thumbnail),
                "the thumbnail of the photo, scaled");
    }

    private void signIn(String username) {
        browser.get(url("login.xhtml"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("submit")).click();
    }

    private <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private String url(String path) {
        // The adapter reports the machine's network address; the browser uses loopback, same port.
        return URI.create("http://localhost:" + deployment.getPort() + deployment.getPath()).resolve(path).toString();
    }
}
