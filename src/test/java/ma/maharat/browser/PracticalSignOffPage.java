package ma.maharat.browser;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The trainers' practical work page ({@code /trainer/practical.xhtml}) as a trainer works it: choosing
 * a task, opening a trainee's sign-off form, choosing levels, adding a photo.
 */
final class PracticalSignOffPage {

    /** The T-shirt task of Prototyping as the task menu lists it in French. */
    static final String TSHIRT_TASK_FR =
            "Prototypage : du patron au premier échantillon — Coudre un prototype du T-shirt enfant de la colonie de vacances";
    /** Levels by their place in the form, which lists them as the rubric does: not yet, developing, acceptable, excellent. */
    static final int ACCEPTABLE = 2;
    static final int EXCELLENT = 3;

    private final Browser browser;

    PracticalSignOffPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Writes a JPEG as large as a phone's photo: 4000 × 3000 px of grainy fabric, a few megabytes, so
     * that uploading and scaling it are tried at the size trainers send.
     */
    static Path writePhonePhoto(Path file) throws IOException {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Random grain = new Random(7);
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
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    /** Opens the page, chooses the task and returns the trainee's row in the list that appears. */
    WebElement chooseTask(String task, String trainee) {
        browser.open("trainer/practical.xhtml");
        new Select(browser.findElement(By.id("choose:task"))).selectByVisibleText(task);
        return browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("trainee-" + trainee)));
    }

    /** Opens the sign-off form from the trainee's row; its title names her. */
    void openSignOff(WebElement row, String fullName) {
        row.findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("signoff-title"), fullName));
    }

    /** Chooses the level of a criterion by its place in the list ({@link #ACCEPTABLE}, ...). */
    void chooseLevel(String criterion, int level) {
        browser.findElement(By.id("criterion-" + criterion)).findElements(By.cssSelector("input[type=radio]")).get(level).click();
    }

    /** Uploads a file as a photo; {@link #addPhoto} waits for it to be accepted. */
    void upload(Path file) {
        browser.findElement(By.cssSelector("#signoff input[type=file]")).sendKeys(file.toString());
    }

    /** Uploads a photo and waits for its thumbnail under the form. */
    void addPhoto(Path photo) {
        upload(photo);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.pending-photo img")));
    }

    void save() {
        browser.findElement(By.id("signoff:save")).click();
    }
}
