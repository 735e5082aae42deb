package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo lesson that can be listened to (sourcing, "Fibres, fabrics…": an Arabic and a French reading
 * in modules-content): the large play button is there in Arabic and in French, the browser's player
 * really loads the sound through the Range-serving endpoint, and the button starts and pauses it.
 * Zineb Tazi, a demo trainee enrolled in sourcing whom no other browser test reads lessons with.
 */
class LessonAudioBrowserIT extends BrowserScenario {

    private static final String LESSON = "learn/lesson.xhtml?course=sourcing&lesson=fibres-and-fabrics";

    LessonAudioBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void theLessonPageShowsAPlayButtonInArabicAndFrenchAndItsAudioLoads() {
        browser.signIn("zineb.tazi", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        List<String> violations = new ArrayList<>();
        for (String[] language : new String[][] {{"ar", "استمعي إلى الدرس", ".ar.ogg"}, {"fr", "Écouter la leçon", ".fr.mp3"}}) {
            browser.open(LESSON + "&lang=" + language[0]);
            WebElement play = browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("lesson-audio-play")));
            assertEquals(language[1], play.getText().strip(), "the button in " + language[0]);
            WebElement audio = browser.findElement(By.id("lesson-audio-player"));
            assertTrue(audio.getAttribute("src").contains("/lesson-audio/sourcing/fibres-and-fabrics" + language[2] + "?v="), audio.getAttribute("src"));
            assertEquals(language[0], audio.getAttribute("lang"));
            browser.waitFor(driver -> ((Number) browser.executeScript("return arguments[0].readyState", audio)).intValue() > 0);
            double duration = ((Number) browser.executeScript("return arguments[0].duration", audio)).doubleValue();
            assertTrue(duration > 5, "the reading lasts some seconds: " + duration);
            assertTrue(browser.findElements(By.id("lesson-audio-in-french")).isEmpty(), "a reading in the page's own language");
            violations.addAll(browser.accessibilityViolations("lesson with audio " + language[0]).stream()
                    .filter(violation -> violation.contains("lesson-audio")).toList());

            play.click();
            browser.waitFor(ExpectedConditions.attributeToBe(play, "aria-pressed", "true"));
            browser.waitFor(driver -> ((Number) browser.executeScript("return arguments[0].currentTime", audio)).doubleValue() > 0);
            play.click();
            browser.waitFor(ExpectedConditions.attributeToBe(play, "aria-pressed", "false"));
            assertEquals(language[1], play.getText().strip(), "paused, the button offers to listen again");
        }
        assertEquals(List.of(), violations, "axe-core finds nothing wrong with the audio block");

        browser.open(LESSON + "&lang=en");
        browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("lesson-audio-in-french")));
        assertTrue(browser.findElement(By.id("lesson-audio-player")).getAttribute("src").contains(".fr.mp3"),
                "no English reading: the French one, said so");
        browser.open("learn/lesson.xhtml?course=sourcing&lesson=finding-suppliers&lang=fr");
        browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("lesson-text")));
        assertTrue(browser.findElements(By.id("lesson-audio")).isEmpty(), "a lesson without a reading shows no player");
    }
}
