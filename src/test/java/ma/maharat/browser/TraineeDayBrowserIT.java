package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A trainee's day in Chromium, in Arabic and French, with demo trainees of the second cycle no other test
 * uses: Rkia Boussaid starts the timed final quiz of Sourcing, goes home, finds it first with its time
 * counting down, and gets back into it with one click; Nadia El Haddad (absent now and then in the demo's
 * attendance) sees her next session on home and the same session, her weeks and her attendance on her
 * schedule. Each page is scanned by axe-core and checked at a phone's width for horizontal scrolling and
 * small targets. With {@code -Dmaharat.shots=DIR} (or MAHARAT_SHOTS) the pages are also saved as PNGs.
 */
class TraineeDayBrowserIT extends BrowserScenario {

    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{2}):(\\d{2})");
    private static final List<String> ROOMS = List.of("Salle de modélisme", "Atelier de couture 1", "Atelier de couture 2",
            "Salle polyvalente");

    TraineeDayBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void aTimedQuizLeftRunningComesFirstOnHomeCountingDownAndOneClickGoesBackIntoIt() {
        browser.signIn("rkia.boussaid", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("learn/quiz.xhtml?course=sourcing&quiz=course&lang=ar");
        browser.waitOrShow(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':start']"))).click();
        browser.waitFor(ExpectedConditions.urlContains("attempt.xhtml?id="));
        String attempt = browser.getCurrentUrl().replaceAll(".*attempt\\.xhtml\\?id=(\\d+).*", "$1");

        browser.findElement(By.id("menu-learn")).click();
        browser.waitForPath("/learn/");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        List<String> order = sectionsInOrder();
        assertEquals("running-quiz", order.get(0), "the running quiz comes first: " + order);
        assertTrue(order.indexOf("next-session") < order.indexOf("course-sourcing"), "then her next session, then her courses: " + order);
        WebElement quiz = browser.findElement(By.id("running-quiz"));
        assertTrue(quiz.getText().contains("الاختبار النهائي"), quiz.getText());
        assertTrue(quiz.getText().contains("التزوّد بالمواد الأولية"), "the course is named: " + quiz.getText());
        int first = secondsShown();
        assertTrue(first > 18 * 60 && first <= 20 * 60, "about 20 minutes left: " + first);
        browser.waitFor(driver -> secondsShown() < first);

        // Her courses in the programme's order (Sourcing, Modeling, Prototyping, Quality, Production, Marketing).
        assertEquals(List.of("course-sourcing", "course-modeling", "course-prototyping", "course-quality", "course-production",
                "course-marketing"), order.stream().filter(id -> id.startsWith("course-")).toList());
        // "Continue" on Sourcing goes back into the attempt, not to a lesson.
        assertTrue(browser.findElement(By.cssSelector("#course-sourcing a.continue")).getAttribute("href")
                .endsWith("/learn/attempt.xhtml?id=" + attempt));

        List<String> violations = new ArrayList<>(browser.accessibilityViolations("home ar"));
        phoneWidthIsUsable("home ar", "#resume-quiz", "#course-sourcing a.continue");
        browser.open("learn/?lang=fr");
        browser.waitForPath("/learn/");
        assertTrue(browser.findElement(By.id("running-quiz")).getText().contains("Votre quiz est en cours"));
        violations.addAll(browser.accessibilityViolations("home fr"));
        phoneWidthIsUsable("home fr", "#resume-quiz");
        assertEquals(List.of(), violations);

        browser.findElement(By.id("resume-quiz")).click();
        browser.waitFor(ExpectedConditions.urlContains("attempt.xhtml?id=" + attempt));
        browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.id("attempt")));
    }

    @Test
    void aSecondCycleTraineeSeesHerNextSessionAndHerOwnAttendanceOnHerSchedule() {
        browser.signIn("nadia.elhaddad", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("learn/?lang=ar");
        browser.waitForPath("/learn/");
        WebElement next = browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("next-session")));
        String session = next.getAttribute("data-session");
        assertFalse(session.isBlank(), "the demo's second cycle has sessions to come: " + next.getText());
        String room = next.findElement(By.cssSelector(".session-room")).getText();
        assertTrue(ROOMS.contains(room), room);
        assertTrue(next.getText().matches("(?s).*\\d{2}:\\d{2}–\\d{2}:\\d{2}.*"), next.getText());
        List<String> violations = new ArrayList<>(browser.accessibilityViolations("home with session ar"));
        phoneWidthIsUsable("home session ar", "#to-planning");

        browser.findElement(By.id("menu-my-planning")).click();
        browser.waitForPath("/learn/planning.xhtml");
        assertEquals("برنامجي", browser.findElement(By.cssSelector("h1")).getText());
        assertTrue(browser.findElement(By.id("cycle")).getText().contains("Cycle 2"));
        // The session announced on home is on her schedule, in this week or a coming one, in view.
        WebElement same = browser.findElement(By.id("session-" + session));
        assertTrue(same.isDisplayed(), "this week and the coming ones are not folded");
        assertEquals(room, same.findElement(By.cssSelector(".session-room")).getText());
        assertFalse(browser.findElements(By.cssSelector(".week-CURRENT .badge.this-week")).isEmpty(), "this week is named");

        // Past weeks are folded above; open, they say her attendance, session by session.
        WebElement past = browser.findElement(By.id("past-weeks"));
        assertFalse(past.findElement(By.cssSelector(".schedule-session")).isDisplayed());
        phoneWidthIsUsable("planning ar this week", "#past-weeks > summary");
        past.findElement(By.tagName("summary")).click();
        List<WebElement> pastSessions = past.findElements(By.cssSelector(".schedule-session"));
        assertTrue(pastSessions.size() >= 8, "three weeks of the cycle are over: " + pastSessions.size());
        for (WebElement s : pastSessions) {
            assertEquals(1, s.findElements(By.cssSelector(".attendance")).size(), "one attendance per session, hers: " + s.getText());
        }
        assertFalse(past.findElements(By.cssSelector(".attendance-ABSENT")).isEmpty(), "the demo marks her absent now and then");
        assertFalse(past.findElements(By.cssSelector(".attendance-PRESENT")).isEmpty());
        assertTrue(past.getText().contains("غائبة") && past.getText().contains("حاضرة"), past.getText());
        assertFalse(browser.getPageSource().contains("Meriem") || browser.getPageSource().contains("مريم"),
                "nobody else's name or attendance is on her schedule");
        violations.addAll(browser.accessibilityViolations("planning ar"));
        phoneWidthIsUsable("planning ar", "#past-weeks > summary");

        browser.open("learn/planning.xhtml?lang=fr");
        browser.waitForPath("/learn/planning.xhtml");
        assertEquals("Mon planning", browser.findElement(By.cssSelector("h1")).getText());
        phoneWidthIsUsable("planning fr this week", "#past-weeks > summary");
        browser.findElement(By.cssSelector("#past-weeks > summary")).click();
        assertTrue(browser.findElement(By.id("past-weeks")).getText().contains("absente"));
        violations.addAll(browser.accessibilityViolations("planning fr"));
        phoneWidthIsUsable("planning fr", "#past-weeks > summary");

        // She has completed nothing yet: My certificates encourages her to finish a course.
        browser.findElement(By.id("menu-my-certificates")).click();
        browser.waitForPath("/learn/certificates.xhtml");
        assertTrue(browser.findElement(By.id("no-certificates")).isDisplayed());
        violations.addAll(browser.accessibilityViolations("certificates fr"));
        phoneWidthIsUsable("certificates fr");
        assertEquals(List.of(), violations);
    }

    /** The ids of the home page's cards, top to bottom. */
    @SuppressWarnings("unchecked")
    private List<String> sectionsInOrder() {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('main section.card')).map(function (s) { return s.id; });");
    }

    /** The running quiz's time left as shown, in seconds. */
    private int secondsShown() {
        Matcher shown = MINUTES_SECONDS.matcher(browser.findElement(By.id("running-quiz-timer")).getText());
        assertTrue(shown.find(), "minutes and seconds are shown");
        return Integer.parseInt(shown.group(1)) * 60 + Integer.parseInt(shown.group(2));
    }

    /**
     * At 360x740 (a phone) the page does not scroll sideways and these targets are at least 44 px high; at
     * 1366x768 and 360x740 the page is saved when screenshots are asked for. The window is put back after.
     */
    private void phoneWidthIsUsable(String page, String... targets) {
        Dimension before = browser.manage().window().getSize();
        try {
            shot(page + " 1366", 1366, 768);
            shot(page + " 360", 360, 740);
            Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), page + ": no horizontal scrolling at 360 px");
            for (String target : targets) {
                int height = browser.findElement(By.cssSelector(target)).getSize().getHeight();
                assertTrue(height >= 44, page + ": " + target + " is " + height + " px high");
            }
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private void shot(String name, int width, int height) {
        // Chromium's window includes its own frame: size the viewport, which is what a phone shows.
        browser.manage().window().setSize(new Dimension(width, height));
        Object inner = browser.executeScript("return [window.innerWidth, window.innerHeight];");
        List<?> size = (List<?>) inner;
        int dx = width - ((Number) size.get(0)).intValue();
        int dy = height - ((Number) size.get(1)).intValue();
        if (dx != 0 || dy != 0) {
            browser.manage().window().setSize(new Dimension(width + dx, height + dy));
        }
        String folder = System.getProperty("maharat.shots", System.getenv("MAHARAT_SHOTS"));
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            byte[] png = browser.screenshot();
            Files.write(dir.resolve(name.replace(' ', '-') + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
