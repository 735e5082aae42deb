package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The trainers' authoring pages (Write courses, {@code /author/}) as a trainer works them: a course's
 * draft, a lesson's editor, publishing. The messages waited for are the French ones: open a page with
 * {@code ?lang=fr} first.
 */
final class AuthoringPages {

    /** Publishing reads and imports a whole course, on a build machine that is shared. */
    private static final Duration PUBLISHING = Duration.ofSeconds(120);

    private final Browser browser;

    AuthoringPages(Browser browser) {
        this.browser = browser;
    }

    /** From the list of courses she may write, opens the course's page. */
    void editCourse(String code) {
        browser.findElement(By.id("edit-" + code)).click();
        browser.waitFor(ExpectedConditions.urlContains("course.xhtml?code=" + code));
    }

    /** Starts the course's draft: there must be none yet. */
    void startDraft() {
        browser.findElement(By.id("start:start-draft")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("draft-lessons")));
    }

    /** Starts the course's draft, or goes on with the one someone started before (there is one draft per course). */
    void startDraftUnlessOneIsOpen() {
        if (!browser.findElements(By.id("start:start-draft")).isEmpty()) {
            startDraft();
        }
    }

    /**
     * Opens the draft's lesson in the language from the course's page; returns the Markdown editor's
     * input (EasyMDE's CodeMirror), focused at the end of the text.
     */
    WebElement openLesson(String lesson, String language) {
        browser.findElement(By.id("lesson-" + lesson + "-" + language)).click();
        browser.waitFor(ExpectedConditions.urlContains("lesson.xhtml"));
        return focusEditorAtEnd();
    }

    /** Puts the cursor at the end of the Markdown editor's text; returns the element that takes the keys. */
    WebElement focusEditorAtEnd() {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".EasyMDEContainer .CodeMirror"))).click();
        WebElement input = browser.findElement(By.cssSelector(".EasyMDEContainer .CodeMirror textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        return input;
    }

    /** Types {@code text} at the end of the lesson and waits until the preview shows {@code shown}. */
    void append(WebElement markdown, String text, String shown) {
        markdown.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        markdown.sendKeys(text);
        browser.waitFor(driver -> driver.findElement(By.id("editor:preview")).getText().contains(shown));
    }

    /** The lesson's Markdown as the editor holds it. */
    String markdown() {
        return (String) browser.executeScript("return PF('lessonMarkdown').getValue();");
    }

    /** Replaces the lesson's Markdown (as a paste would); the preview follows. */
    void replaceMarkdown(String text) {
        browser.executeScript("PF('lessonMarkdown').setValue(arguments[0]);", text);
    }

    /** Presses a button of the editor's toolbar, by its EasyMDE name ({@code heading-2}, {@code bold}, {@code table}...). */
    void toolbar(String name) {
        browser.findElement(By.cssSelector(".editor-toolbar button." + name)).click();
    }

    void saveLesson() {
        browser.findElement(By.id("editor:save")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Enregistré dans le brouillon"));
    }

    /** From the lesson's editor, back to the course and publishes the draft; waits for {@code published} in the message. */
    void publish(String published) {
        browser.findElement(By.id("back-to-course")).click();
        browser.waitFor(ExpectedConditions.urlContains("course.xhtml"));
        browser.findElement(By.id("publish:publish-draft")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), published), PUBLISHING);
        assertTrue(browser.findElements(By.id("draft")).isEmpty(), "the draft is over once published");
    }
}
