package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A shared terminal forgets its last trainee (issue 12). Her pages keep the time of her last activity
 * in localStorage; moving that time back is exactly the state of a terminal she walked away from, so
 * these tests wait for nothing but the page's own reaction. The default idle time applies (5 minutes,
 * and a 60-second countdown).
 *
 * <p>People no other test uses: Nadia El Haddad (Arabic) and Meriem Lamrani (French), of the second
 * cycle, with the final quiz of Sourcing, whose bank always gives at least two typed answers.
 */
class TerminalBrowserIT extends BrowserScenario {

    private static final String LAST_ACTIVITY = "maharat.terminal.lastActivity";
    private static final long IDLE_SECONDS = 5 * 60;
    private static final long COUNTDOWN_SECONDS = 60;
    private static final String LESSON = "learn/lesson.xhtml?course=sourcing&lesson=fibres-and-fabrics";
    private static final String QUIZ = "learn/quiz.xhtml?course=sourcing&quiz=course";

    TerminalBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    /**
     * Nadia reads a lesson in one tab and answers the final quiz in another, then walks away. Both tabs
     * ask whether she is still there, in Arabic; "still here" in one answers for both. Later she types an
     * answer and leaves for good: the countdown runs out, every tab goes to the sign-in page, which says
     * in Arabic that her session closed and her work is saved. A new tab and the Back button reach only
     * the sign-in page. Signed in again, she finds the answer she typed last.
     */
    @Test
    void anIdleTerminalAsksThenSignsHerOutInHerLanguageAndKeepsHerLastAnswer() {
        browser.signIn("nadia.elhaddad", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        // Her language chosen as she would, with the top bar's link: other tests may have left her in French.
        browser.open("learn/?lang=ar");
        browser.open(LESSON);
        String lessonTab = browser.getWindowHandle();
        assertEquals("لستُ أنا", browser.findElement(By.id("not-me")).getText());

        browser.switchTo().newWindow(WindowType.TAB);
        String attempt = startQuiz();
        String quizTab = browser.getWindowHandle();

        idleFor(IDLE_SECONDS + 3);
        WebElement question = countdownShown("هل ما زلتِ هنا؟");
        assertTrue(question.findElement(By.id("terminal-text")).getText().contains("عملكِ محفوظ"), question.getText());
        assertEquals(List.of(), browser.accessibilityViolations("countdown ar"));
        browser.switchTo().window(lessonTab);
        countdownShown("هل ما زلتِ هنا؟");
        browser.findElement(By.id("terminal-stay")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("terminal")));
        browser.switchTo().window(quizTab);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("terminal")));

        Typed typed = typeAnAnswer("158");
        idleFor(IDLE_SECONDS + COUNTDOWN_SECONDS - 1);
        signedOutWith("idle", "أُغلقت جلستكِ بعد بضع دقائق دون نشاط. عملكِ محفوظ");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        browser.switchTo().window(lessonTab);
        signedOutWith("idle", "عملكِ محفوظ");

        browser.navigate().back();
        nothingOfHers("Back", "نادية الحداد");
        browser.switchTo().newWindow(WindowType.TAB);
        browser.open(LESSON);
        nothingOfHers("a new tab", "نادية الحداد");
        browser.open(attempt.substring(attempt.indexOf("learn/")));
        nothingOfHers("her attempt in a new tab", "نادية الحداد");
        closeOtherTabs();

        browser.signIn("nadia.elhaddad", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open(attempt.substring(attempt.indexOf("learn/")));
        assertEquals(typed.shown(), typed.field(browser).getAttribute("value"), "the answer typed just before the countdown ran out was saved");
        browser.signOutForTheNextPerson();
    }

    /**
     * Meriem leaves her lesson and her quiz open. The next person sees the French countdown first and
     * answers it with the keyboard. Meriem's last answer is still being typed when «Ce n'est pas moi» is
     * pressed on the quiz page (at once, well before the page's own pause of 700 ms would send it): it
     * is saved before the sign-out, both tabs leave for the sign-in page, which says in French that the
     * session left open is closed. «Ce n'est pas moi» on a lesson page does the same.
     */
    @Test
    void notMeSignsOutEveryTabAtOnceAndSavesTheAnswerBeingTyped() {
        browser.signIn("meriem.lamrani", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("learn/?lang=fr");
        browser.open(LESSON);

        idleFor(IDLE_SECONDS + 2);
        WebElement question = countdownShown("Vous êtes toujours là ?");
        assertTrue(question.findElement(By.id("terminal-text")).getText().contains("Votre travail est enregistré"), question.getText());
        assertEquals("terminal-stay", browser.switchTo().activeElement().getAttribute("id"), "the question takes the keyboard");
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("terminal")));

        browser.switchTo().newWindow(WindowType.TAB);
        String attempt = startQuiz();
        WebElement fieldset = typedAnswerQuestion();
        Typed typed = new Typed(fieldset.getAttribute("data-slot"), "124,8");
        WebElement notMe = browser.findElement(By.id("not-me"));
        fieldset.findElement(By.cssSelector("input[type=text]")).sendKeys("124,8");
        browser.executeScript("arguments[0].click();", notMe);
        signedOutWith("notMe", "La session restée ouverte est fermée");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        for (String tab : browser.getWindowHandles()) {
            browser.switchTo().window(tab);
            browser.waitFor(ExpectedConditions.urlContains("login.xhtml"));
        }
        closeOtherTabs();
        browser.open(LESSON);
        nothingOfHers("a new page", "Meriem Lamrani");

        browser.signIn("meriem.lamrani", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open(attempt.substring(attempt.indexOf("learn/")));
        assertEquals(typed.shown(), typed.field(browser).getAttribute("value"), "the answer being typed when «Not me» was pressed was saved");

        browser.open(LESSON);
        browser.findElement(By.id("not-me")).click();
        signedOutWith("notMe", "Connectez-vous avec votre propre compte");
        browser.open(LESSON);
        nothingOfHers("after «Not me» on a lesson page", "Meriem Lamrani");
    }

    /** Opens the final quiz of Sourcing and starts an attempt (or continues hers); returns the attempt's address. */
    private String startQuiz() {
        browser.open(QUIZ);
        List<WebElement> resume = browser.findElements(By.id("quiz-start:continue"));
        browser.findElement(resume.isEmpty() ? By.id("quiz-start:start") : By.id("quiz-start:continue")).click();
        browser.waitFor(ExpectedConditions.urlContains("attempt.xhtml"));
        return browser.getCurrentUrl();
    }

    /** An answer typed into a question: how the attempt page shows it once saved (a number with a decimal point). */
    private record Typed(String slot, String shown) {
        WebElement field(Browser browser) {
            return browser.findElement(By.cssSelector("fieldset.question[data-slot='" + slot + "'] input[type=text]"));
        }
    }

    private WebElement typedAnswerQuestion() {
        return browser.findElements(By.cssSelector("fieldset.question")).stream()
                .filter(f -> !f.findElements(By.cssSelector("input[type=text]")).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no typed-answer question in\n" + browser.getPageSource()));
    }

    /** Types into the first typed-answer question, without leaving the field (the page saves it after a pause). */
    private Typed typeAnAnswer(String answer) {
        WebElement fieldset = typedAnswerQuestion();
        WebElement field = fieldset.findElement(By.cssSelector("input[type=text]"));
        field.clear();
        field.sendKeys(answer);
        return new Typed(fieldset.getAttribute("data-slot"), answer);
    }

    /** Her last activity, as the page stored it, moved back: the terminal has been left that long. */
    private void idleFor(long seconds) {
        browser.executeScript("localStorage.setItem(arguments[0], String(Date.now() - arguments[1] * 1000));", LAST_ACTIVITY, seconds);
    }

    private WebElement countdownShown(String title) {
        WebElement terminal = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("terminal")));
        WebElement box = terminal.findElement(By.cssSelector("[role=alertdialog]"));
        assertEquals(title, box.findElement(By.id("terminal-title")).getText());
        assertTrue(box.findElement(By.id("terminal-text")).getText().matches(".*\\b[1-9][0-9]?\\b.*"), "seconds left: " + box.getText());
        return box;
    }

    private void signedOutWith(String reason, String message) {
        browser.waitFor(ExpectedConditions.urlContains("login.xhtml?signedOut=" + reason));
        WebElement notice = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
        assertTrue(notice.getText().contains(message), notice.getText());
    }

    private void nothingOfHers(String how, String name) {
        browser.waitFor(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(browser.findElements(By.id("not-me")).isEmpty() && !browser.getPageSource().contains(name),
                how + " shows a page of hers: " + browser.getCurrentUrl());
        assertFalse(browser.getPageSource().contains("fieldset"), how);
    }

    private void closeOtherTabs() {
        String keep = browser.getWindowHandle();
        for (String tab : browser.getWindowHandles()) {
            if (!tab.equals(keep)) {
                browser.switchTo().window(tab);
                browser.close();
            }
        }
        browser.switchTo().window(keep);
    }
}
