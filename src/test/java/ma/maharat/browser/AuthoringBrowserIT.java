package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Authoring clicked through in Chromium: a trainer starts a draft, edits a lesson while the preview
 * follows her typing, saves and publishes it, and a trainee then reads the new version; a trainee is
 * refused the authoring pages.
 */
class AuthoringBrowserIT extends BrowserScenario {

    AuthoringBrowserIT() {
        // Generous: publishing reads and imports a whole course, and the build machine is shared.
        super(Duration.ofSeconds(120));
    }

    @Test
    void trainerEditsAndPublishesALessonAndATraineeReadsTheNewVersion() {
        String added = "Vérifiez chaque pièce " + Long.toString(System.nanoTime(), 36);
        browser.signIn("latifa.mansouri", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.open("author/?lang=fr");
        browser.findElement(By.id("menu-author"));
        AuthoringPages authoring = new AuthoringPages(browser);
        authoring.editCourse("quality");
        authoring.startDraft();

        WebElement markdown = authoring.openLesson("root-causes", "fr");
        WebElement preview = browser.findElement(By.id("editor:preview"));
        assertTrue(preview.getText().length() > 200, "the preview shows the lesson as it is");
        assertEquals("auto", markdown.getAttribute("dir"));
        authoring.append(markdown, "\n\n## " + added + "\n\n**Toujours** au mètre ruban.\n", added);
        WebElement heading = browser.findElement(By.xpath("//div[@id='editor:preview']//h2[contains(., '" + added + "')]"));
        assertEquals("h2", heading.getTagName(), "the preview is the renderer's HTML");
        assertEquals("Toujours", browser.findElement(By.cssSelector("[id='editor:preview'] p:last-child strong")).getText());

        // A link the importer refuses is shown with its line while typing, and goes once removed.
        String clean = markdown.getAttribute("value");
        markdown.sendKeys("[piège](javascript:alert(1))\n");
        WebElement problems = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='editor:lesson-problems'] li")));
        assertTrue(problems.getText().contains("javascript:alert(1)"), problems.getText());
        browser.executeScript("arguments[0].value = arguments[1];", markdown, clean);
        markdown.sendKeys(org.openqa.selenium.Keys.END);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id='editor:lesson-problems'] li")));

        authoring.saveLesson();
        authoring.publish("Publié comme version 2");
        browser.signOutForTheNextPerson();

        browser.signIn("naima.belkadi", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/learn/"));
        browser.open("learn/lesson.xhtml?course=quality&lesson=root-causes&lang=fr");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("lesson-text")));
        WebElement lesson = browser.findElement(By.id("lesson-text"));
        assertTrue(lesson.getText().contains(added), "the trainee reads the new version");
    }

    @Test
    void traineeIsRefusedTheAuthoringPages() {
        browser.signIn("salma.lahlou", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/learn/"));
        assertTrue(browser.findElements(By.id("menu-author")).isEmpty(), "no authoring menu for trainees");
        browser.open("author/course.xhtml?code=quality");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(browser.findElements(By.id("start:start-draft")).isEmpty(), "nothing of the authoring page leaks");
        String title = browser.findElement(By.tagName("title")).getAttribute("textContent");
        // In whichever language another test left Salma's account.
        assertTrue(java.util.stream.Stream.of("fr", "ar", "en").map(language -> java.util.ResourceBundle.getBundle(
                "ma.maharat.i18n.messages", java.util.Locale.forLanguageTag(language)).getString("error.403.title")).anyMatch(title::contains), title);
    }

    /** axe-core finds no WCAG 2.1 A/AA violation on the authoring pages, in Arabic and in French. */
    @Test
    void authoringPagesMeetWcag21AaInArabicAndFrench() {
        browser.signIn("omar.alaoui", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.open("author/course.xhtml?code=sourcing");
        new AuthoringPages(browser).startDraftUnlessOneIsOpen();
        String lesson = browser.findElement(By.cssSelector("#draft-lessons a")).getAttribute("href");
        java.util.List<String> violations = new java.util.ArrayList<>();
        for (String language : java.util.List.of("ar", "fr")) {
            browser.open("author/?lang=" + language);
            for (String page : java.util.List.of("author/", "author/course.xhtml?code=modeling", "author/file.xhtml?course=modeling&path=course.yaml",
                    "author/file.xhtml?course=modeling&path=quiz/bank.ar.gift", "author/questions.xhtml?course=modeling")) {
                browser.open(page);
                violations.addAll(browser.accessibilityViolations(page + " " + language));
            }
            browser.get(lesson);
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("editor:preview")));
            violations.addAll(browser.accessibilityViolations("lesson editor " + language));
        }
        assertEquals(java.util.List.of(), violations);
    }
}
