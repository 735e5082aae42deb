package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 5's people, one after the other at the same terminal, each going on from what the one before
 * did: the administrator assigns Latifa Mansouri to Prototyping in the demo's first cycle and plans her
 * a session; Latifa finds it on her calendar, adds a passage to a Prototyping lesson and publishes it;
 * Fatima Zahra, a trainee of that cycle, reads the passage; Latifa signs off Fatima Zahra's T-shirt
 * with a photo; Fatima Zahra finds her result.
 *
 * <p>Why these people, on a database every integration test shares: Prototyping opens only after
 * Modeling, which only Fatima Zahra, Khadija and Aïcha have completed in the demo, all three in the first
 * cycle; PracticalWorkIT counts on Khadija and Aïcha having no sign-off of their own, while Fatima
 * Zahra's, signed by Samira Bennani in the demo, may be signed again as long as it stays passed with its
 * photo. Omar Alaoui stays unassigned to Prototyping for PermissionMatrixIT. The first cycle is over,
 * so the session is planned on one of its past days and Latifa goes back to that month on her calendar.
 * What is written carries a number of its own, and Fatima Zahra's pages are opened in Arabic, the
 * language she keeps in the demo (BrowserIT counts on it).
 */
class TrainingJourneyBrowserIT extends BrowserScenario {

    private static final String FIRST_CYCLE = "Cycle 1 — 2026";
    private static final String PROTOTYPING = "Prototypage : du patron au premier échantillon";
    private static final String LATIFA = "Latifa Mansouri";
    private static final String ROOM = "Salle de modélisme";
    private static final String LESSON = "sewing-sequence";

    TrainingJourneyBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void aTrainerAssignedAndPlannedPublishesALessonAndSignsOffTheWorkOfATraineeWhoReadsBoth(@TempDir Path files) throws IOException {
        String run = Long.toString(System.nanoTime(), 36);
        String passage = "تمرين الغرز " + run;
        String comment = "Gamme de montage respectée, encolure nette (" + run + ").";

        // 1. The administrator assigns Latifa to Prototyping in the first cycle and plans her a session on its first Saturday.
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        PlanningPage planning = new PlanningPage(browser);
        planning.open();
        LocalDate firstDay = planning.assign(FIRST_CYCLE, PROTOTYPING, LATIFA);
        LocalDate day = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        planning.planSession(day, FIRST_CYCLE, PROTOTYPING, LATIFA, ROOM, "14:00", "17:00");
        browser.signOutForTheNextPerson();

        // 2. Latifa sees the session on her calendar, then writes the passage into a lesson of Prototyping and publishes it.
        browser.signIn("latifa.mansouri", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        browser.open("trainer/?lang=fr");
        browser.findElement(By.id("menu-calendar")).click();
        browser.showInMonthView("#calendar", day);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath("//td[@data-date='" + day + "']//*[contains(@class, 'fc-event')"
                + " and contains(., 'Prototypage') and contains(., '" + FIRST_CYCLE + "') and contains(., '" + ROOM + "')]")));

        // Leaving the calendar after it fetched a month by Ajax used to sign her out: see SignOut.
        browser.findElement(By.id("menu-author")).click();
        browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.id("edit-prototyping")));
        AuthoringPages authoring = new AuthoringPages(browser);
        authoring.editCourse("prototyping");
        authoring.startDraftUnlessOneIsOpen();
        WebElement markdown = authoring.openLesson(LESSON, "ar");
        authoring.append(markdown, "\n\n## " + passage + "\n", passage);
        authoring.saveLesson();
        authoring.publish("Publié comme version");
        browser.signOutForTheNextPerson();

        // 3. Fatima Zahra reads the lesson with the passage.
        browser.signIn("fatima.zahra", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("learn/lesson.xhtml?course=prototyping&lesson=" + LESSON + "&lang=ar");
        WebElement lesson = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lesson-text")));
        assertTrue(lesson.getText().contains(passage), "the trainee reads the version just published");
        browser.signOutForTheNextPerson();

        // 4. Latifa signs off Fatima Zahra's T-shirt: the form starts from her sign-off of before (Samira's, in the demo), whose photos stay.
        browser.signIn("latifa.mansouri", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        browser.open("trainer/?lang=fr");
        PracticalSignOffPage practical = new PracticalSignOffPage(browser);
        practical.openSignOff(practical.chooseTask(PracticalSignOffPage.TSHIRT_TASK_FR, "fatima.zahra"), "Fatima Zahra Bouchra");
        int keptPhotos = browser.findElements(By.cssSelector("li.kept-photo")).size();
        for (String criterion : List.of("pattern-accuracy", "finishing", "measurements")) {
            practical.chooseLevel(criterion, PracticalSignOffPage.ACCEPTABLE);
        }
        practical.chooseLevel("seam-quality", PracticalSignOffPage.EXCELLENT);
        WebElement commentField = browser.findElement(By.id("signoff:comment"));
        commentField.clear();
        commentField.sendKeys(comment);
        practical.addPhoto(PracticalSignOffPage.writePhonePhoto(files.resolve("tshirt-fatima.jpg")));
        practical.save();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Travail de Fatima Zahra Bouchra validé."));
        browser.signOutForTheNextPerson();

        // 5. Fatima Zahra finds her result on her course page: passed, the levels, the comment, the photos.
        browser.signIn("fatima.zahra", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("learn/course.xhtml?code=prototyping&lang=ar");
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        WebElement task = browser.findElement(By.id("task-summer-camp-tshirt"));
        assertEquals("passed", task.findElement(By.cssSelector(".task-status")).getAttribute("data-status"));
        assertTrue(task.findElement(By.id("result-summer-camp-tshirt-seam-quality")).getText().contains("ممتاز"), task::getText);
        assertTrue(task.findElement(By.id("result-summer-camp-tshirt-measurements")).getText().contains("مقبول"), task::getText);
        assertTrue(task.getText().contains(comment), task::getText);
        List<WebElement> photos = task.findElements(By.cssSelector(".photo-list img"));
        assertEquals(keptPhotos + 1, photos.size(), "the new photo beside those kept");
        for (WebElement photo : photos) {
            browser.waitFor(driver -> (Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", photo));
        }
    }
}
