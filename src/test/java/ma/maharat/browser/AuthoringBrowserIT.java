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
        assertEquals("ltr", browser.findElement(By.id("editor:markdown")).getAttribute("dir"), "a French lesson is written left to right");
        authoring.append(markdown, "\n\n## " + added + "\n\n**Toujours** au mètre ruban.\n", added);
        WebElement heading = browser.findElement(By.xpath("//div[@id='editor:preview']//h2[contains(., '" + added + "')]"));
        assertEquals("h2", heading.getTagName(), "the preview is the renderer's HTML");
        assertEquals("Toujours", browser.findElement(By.cssSelector("[id='editor:preview'] p:last-child strong")).getText());

        // A link the importer refuses is shown with its line while typing, and goes once removed.
        String clean = authoring.markdown();
        markdown.sendKeys("[piège](javascript:alert(1))\n");
        WebElement problems = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='editor:lesson-problems'] li")));
        assertTrue(problems.getText().contains("javascript:alert(1)"), problems.getText());
        authoring.replaceMarkdown(clean);
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

    /**
     * At the center's 1366×768 screens, in French then in Arabic: a trainer adds a module with its first
     * lesson and then another lesson with the outline's forms (no YAML), writes the lesson with the
     * toolbar (heading, bold, list, table) and sees the server's preview follow, saves, publishes, and a
     * trainee finds the new lessons at the end of her course, in that order. Every button pressed is in
     * view; axe finds nothing on the outline, the form and the editor. The module is archived again at the
     * end so the other tests find the course as the demo made it.
     */
    @Test
    void trainerBuildsAModuleWithTheFormsAndATraineeFindsItInOrder() {
        String tag = Long.toString(System.nanoTime(), 36);
        browser.screen(1366, 768, false);
        try {
            java.util.List<String> violations = new java.util.ArrayList<>();
            buildModule("samira.bennani", "fr", "prototyping", tag + "f", "Enregistré dans le brouillon", "Publié comme version", violations);
            traineeFindsInOrder("lahcen.bouh", "prototyping", tag + "f");
            buildModule("omar.alaoui", "ar", "sourcing", tag + "a", null, null, violations);
            assertEquals(java.util.List.of(), violations);
        } finally {
            browser.screen(1280, 900, false);
        }
    }

    private void buildModule(String trainer, String language, String course, String tag, String savedText, String publishedText,
                             java.util.List<String> violations) {
        browser.signIn(trainer, DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.open("author/course.xhtml?code=" + course + "&lang=" + language);
        AuthoringPages authoring = new AuthoringPages(browser);
        authoring.startDraftUnlessOneIsOpen();
        // Scanned with the "draft started" message shown, when the draft was just started: the layout's
        // messages are a list axe-core accepts (platform.a11y.ListedMessagesRenderer).
        violations.addAll(browser.accessibilityViolations("outline " + language));

        // A module needs its first lesson: the form asks for both; an empty title is refused in the form.
        inView(browser.findElement(By.id("outline:add-module"))).click();
        WebElement moduleFr = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("outline-dialog-form:module-fr")));
        inView(browser.findElement(By.id("outline-dialog-form:outline-save"))).click();
        WebElement refusal = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("outline-dialog-form:outline-form-error")));
        browser.waitFor(driver -> isInView(refusal)); // the refusal is shown in the form, or this times out
        violations.addAll(browser.accessibilityViolations("outline form " + language));
        moduleFr = browser.findElement(By.id("outline-dialog-form:module-fr"));
        moduleFr.sendKeys("Finitions " + tag);
        browser.findElement(By.id("outline-dialog-form:module-ar")).sendKeys("التشطيب " + tag);
        browser.findElement(By.id("outline-dialog-form:lesson-fr")).sendKeys("Repasser " + tag);
        browser.findElement(By.id("outline-dialog-form:lesson-ar")).sendKeys("الكي " + tag);
        inView(browser.findElement(By.id("outline-dialog-form:outline-save"))).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("outline-dialog")));
        WebElement note = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("outline:outline-note")));
        assertTrue(note.getText().contains(language.equals("ar") ? "التشطيب " + tag : "Finitions " + tag), note.getText());
        browser.waitFor(driver -> isInView(note)); // the result is where the author looks, or this times out
        assertEquals(note, browser.switchTo().activeElement(), "and has the focus, so it is read out");

        String module = "finitions-" + tag;
        inView(browser.findElement(By.cssSelector("[id='module-" + module + "'] [id$=':add-lesson']"))).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("outline-dialog-form:lesson-fr"))).sendKeys("Plier " + tag);
        browser.findElement(By.id("outline-dialog-form:lesson-ar")).sendKeys("الطي " + tag);
        inView(browser.findElement(By.id("outline-dialog-form:outline-save"))).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("outline-dialog")));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("outline-lesson-plier-" + tag)));
        java.util.List<String> titles = browser.findElements(By.cssSelector("[id='module-" + module + "'] .outline-lesson-title"))
                .stream().map(WebElement::getText).toList();
        shot("authoring-outline-" + language);
        assertEquals(java.util.List.of(language.equals("ar") ? "الكي " + tag : "Repasser " + tag,
                language.equals("ar") ? "الطي " + tag : "Plier " + tag), titles, "lessons listed by title, in order");

        // The lesson written with the toolbar; the preview is the server's rendering.
        WebElement editor = authoring.openLesson("repasser-" + tag, language);
        violations.addAll(browser.accessibilityViolations("lesson editor " + language));
        editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        inView(browser.findElement(By.cssSelector(".editor-toolbar button.heading-2"))).click();
        editor.sendKeys("Vapeur " + tag + org.openqa.selenium.Keys.ENTER + org.openqa.selenium.Keys.ENTER);
        authoring.toolbar("bold");
        editor.sendKeys("fer chaud");
        editor.sendKeys(org.openqa.selenium.Keys.END, org.openqa.selenium.Keys.ENTER, org.openqa.selenium.Keys.ENTER);
        authoring.toolbar("unordered-list");
        editor.sendKeys("couture ouverte");
        editor.sendKeys(org.openqa.selenium.Keys.ENTER, org.openqa.selenium.Keys.ENTER, org.openqa.selenium.Keys.ENTER);
        authoring.toolbar("table");
        browser.waitFor(driver -> !driver.findElements(By.cssSelector("[id='editor:preview'] table")).isEmpty());
        WebElement preview = browser.findElement(By.id("editor:preview"));
        assertEquals("Vapeur " + tag, preview.findElement(By.tagName("h2")).getText());
        assertEquals("fer chaud", preview.findElement(By.tagName("strong")).getText());
        assertEquals("couture ouverte", preview.findElement(By.cssSelector("ul li")).getText());
        assertTrue(isInView(preview), "the preview is beside the editor");
        shot("authoring-editor-" + language);
        inView(browser.findElement(By.id("editor:save"))).click();
        if (savedText != null) {
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), savedText));
        } else {
            browser.waitFor(driver -> !driver.findElement(By.id("messages")).getText().isBlank());
        }
        if (publishedText != null) {
            authoring.publish(publishedText);
        } else {
            // Nothing left behind for the other tests: the draft is thrown away.
            browser.findElement(By.id("back-to-course")).click();
            browser.waitFor(ExpectedConditions.urlContains("course.xhtml"));
            inView(browser.findElement(By.id("publish:discard"))).click();
            inView(browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))).click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("start:start-draft")));
        }
        browser.signOutForTheNextPerson();
    }

    private void traineeFindsInOrder(String trainee, String course, String tag) {
        browser.signIn(trainee, DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/learn/"));
        browser.open("learn/course.xhtml?code=" + course + "&lang=fr");
        java.util.List<String> lessons = browser.findElements(By.cssSelector("li[id^='lesson-']")).stream()
                .map(li -> li.getAttribute("id")).toList();
        assertEquals(java.util.List.of("lesson-repasser-" + tag, "lesson-plier-" + tag), lessons.subList(lessons.size() - 2, lessons.size()),
                "the new lessons end her course, in the author's order: " + lessons);
        browser.signOutForTheNextPerson();

        // Back to the course as the demo made it: the module archived (its lessons too) and published.
        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.open("author/course.xhtml?code=" + course + "&lang=fr");
        AuthoringPages authoring = new AuthoringPages(browser);
        authoring.startDraftUnlessOneIsOpen();
        inView(browser.findElement(By.cssSelector("[id='module-finitions-" + tag + "'] [id$=':module-archive']"))).click();
        inView(browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("module-finitions-" + tag)));
        browser.findElement(By.id("publish:publish-draft")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Publié comme version"), Duration.ofSeconds(120));
        browser.signOutForTheNextPerson();
    }

    /** With MAHARAT_SHOTS (or -Dmaharat.shots) naming a folder, what the window shows now, for people to look at. */
    private void shot(String name) {
        String folder = System.getProperty("maharat.shots", System.getenv("MAHARAT_SHOTS"));
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(folder));
            java.nio.file.Files.write(dir.resolve(name + ".png"), browser.screenshot());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private WebElement inView(WebElement element) {
        assertTrue(isInView(element) || scrolledIntoView(element), "reachable: " + element.getAttribute("id"));
        return element;
    }

    private boolean scrolledIntoView(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return isInView(element);
    }

    private boolean isInView(WebElement element) {
        return (Boolean) browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;", element);
    }
}
