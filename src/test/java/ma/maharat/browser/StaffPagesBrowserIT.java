package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The staff's pages on the center's screens (issue 14): every page under {@code /admin/}, {@code /trainer/}
 * and {@code /author/} — the list below, checked against the pages in {@code src/main/webapp} so that a new
 * page cannot be forgotten — at 1366 × 768 and 1280 × 720 in Arabic and French, and at 1366 × 768 in
 * English: nothing wider than the screen, no data table cut (each fits its box) and, at 1366 × 768,
 * nothing axe-core finds against WCAG 2.1 AA. Then the places where a result used to be out of sight,
 * at 1366 × 768 in Arabic and French: the planning dialog's button within the screen once its content is
 * scrolled, the session saved and the calendar still on the week shown; a refused CSV import's errors at
 * the top of the imports, in view and focused, and its template downloaded; the attendance «saved» note
 * in view next to its button; the practical sign-off form in view and focused when opened.
 *
 * <p>One deployment, one Chromium. Sessions are planned for Omar Alaoui on Saturdays of the coming weeks
 * (no demo session then), out of the way of PlanningBrowserIT's Latifa Mansouri and Samira Bennani; the
 * attendance sheet saved is a past one of Samira's, saved as the demo recorded it; the practical form
 * is opened and closed without saving.
 */
class StaffPagesBrowserIT extends BrowserScenario {

    private static final String SECOND_CYCLE = "Cycle 2 — Laâyoune et Boujdour";
    private static final Map<String, List<String>> LANGUAGES_AT = new LinkedHashMap<>();
    static {
        LANGUAGES_AT.put("1366x768", List.of("ar", "fr", "en"));
        LANGUAGES_AT.put("1280x720", List.of("ar", "fr"));
    }

    @TempDir
    Path files;

    StaffPagesBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    /** The administrator's pages; those that show one object find it by the first link to one. */
    private List<String> adminPages() {
        List<String> pages = new ArrayList<>(List.of("admin/", "admin/accounts.xhtml", "admin/audit.xhtml",
                "admin/certificates.xhtml", "admin/cohorts.xhtml", "admin/content.xhtml", "admin/cooperatives.xhtml",
                "admin/enrollments.xhtml", "admin/planning.xhtml", "admin/public-address.xhtml", "admin/signing-keys.xhtml",
                "admin/terminals.xhtml", "admin/follow-ups.xhtml"));
        pages.add(firstLink("admin/certificates.xhtml", "admin/certificate.xhtml?"));
        pages.add(firstLink("admin/follow-ups.xhtml", "admin/cooperative-impact.xhtml?"));
        pages.add(firstLink("admin/cohorts.xhtml", "admin/picture-cards.xhtml?"));
        pages.add(firstLink("admin/cohorts.xhtml", "admin/programme.xhtml?"));
        pages.add("admin/calls.xhtml");
        pages.add(firstLink("admin/calls.xhtml", "admin/applications.xhtml?"));
        pages.add(firstLink("admin/calls.xhtml", "admin/selection.xhtml?"));
        return pages;
    }

    /** A trainer's pages and the authoring pages, as Samira Bennani (assigned to the demo's cohorts). */
    private List<String> trainerPages() {
        List<String> pages = new ArrayList<>(List.of("trainer/", "trainer/calendar.xhtml", "trainer/cohorts.xhtml",
                "trainer/gift.xhtml", "trainer/practical.xhtml", "trainer/quizzes.xhtml", "author/"));
        String progress = firstLink("trainer/cohorts.xhtml", "trainer/cohort-progress.xhtml?");
        pages.add(progress);
        pages.add(firstLink(progress, "trainer/trainee.xhtml?"));
        pages.add(firstLink("trainer/cohorts.xhtml", "trainer/picture-cards.xhtml?"));
        pages.add(firstLink("trainer/cohorts.xhtml", "trainer/programme.xhtml?"));
        pages.add(firstLink("trainer/quizzes.xhtml", "trainer/quiz-results.xhtml?"));
        pages.add("author/assessment.xhtml");
        pages.add(firstLink("author/assessment.xhtml", "author/assessment.xhtml?"));
        pages.add(pastAttendanceSheet());
        String course = firstLink("author/", "author/course.xhtml?");
        String code = course.substring(course.indexOf("code=") + "code=".length());
        pages.add(course);
        pages.add("author/file.xhtml?course=" + code + "&path=course.yaml");
        pages.add("author/questions.xhtml?course=" + code);
        // A lesson is edited in a draft: Samira's of prototyping (AuthoringBrowserIT drafts quality and sourcing).
        browser.open("author/course.xhtml?code=prototyping");
        new AuthoringPages(browser).startDraftUnlessOneIsOpen();
        pages.add(firstLink("author/course.xhtml?code=prototyping", "author/lesson.xhtml?"));
        return pages;
    }

    @Test
    void everyStaffPageFitsTheCentersScreensInEachLanguageAndPassesAxe() throws IOException {
        List<String> problems = new ArrayList<>();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        List<String> visited = new ArrayList<>(adminPages());
        scan(visited, problems);
        browser.signOutForTheNextPerson();

        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        List<String> trainer = trainerPages();
        scan(trainer, problems);
        visited.addAll(trainer);
        browser.signOutForTheNextPerson();

        // The administrators' copy of a trainee's page, for the trainee a trainer's grid links to.
        String traineePage = trainer.stream().filter(page -> page.startsWith("trainer/trainee.xhtml?")).findFirst().orElseThrow();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        List<String> adminTrainee = List.of(traineePage.replace("trainer/", "admin/"));
        scan(adminTrainee, problems);
        visited.addAll(adminTrainee);
        browser.screen(1366, 768, false);

        TreeSet<String> missing = new TreeSet<>(pagesInTheApplication());
        visited.stream().map(StaffPagesBrowserIT::file).forEach(missing::remove);
        assertEquals(new TreeSet<>(), missing, "staff pages of src/main/webapp that this test does not visit");
        assertEquals(List.of(), problems, "staff pages at 1366x768 and 1280x720: sideways scrolling, cut tables, axe-core");
    }

    @Test
    void thePlanningDialogsButtonIsWithinTheScreenTheSessionIsSavedAndTheWeekStays() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.screen(1366, 768, false);
        // Saturday of the next week shown: never in the past, always within Omar Alaoui's assignment to
        // sourcing in the second cycle (from three weeks ago, six weeks long), whichever day weeks start on;
        // two times, in case both languages show the same week.
        planOnSaturday("ar", "عمر العلوي", "14:00", "16:00");
        planOnSaturday("fr", "Omar Alaoui", "16:00", "18:00");
    }

    private void planOnSaturday(String language, String omar, String start, String end) {
        int weeksAhead = 1;
        browser.open("admin/planning.xhtml?lang=" + language);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-timegrid")));
        for (int i = 0; i < weeksAhead; i++) {
            String shown = firstDayShown();
            browser.findElement(By.cssSelector("#calendar .fc-next-button")).click();
            browser.waitFor(driver -> !shown.equals(firstDayShown()));
        }
        String week = firstDayShown();
        LocalDate saturday = LocalDate.parse(week).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));

        // A click on Saturday's column at 14:00, as a person clicks the calendar.
        WebElement lane = browser.findElement(By.cssSelector("#calendar td.fc-timegrid-slot-lane[data-time='" + start + ":00']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", lane);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.executeScript(
                "const day = document.querySelector(\"#calendar .fc-col-header-cell[data-date='\" + arguments[1] + \"']\").getBoundingClientRect();"
                + "const lane = arguments[0].getBoundingClientRect(); return {x: day.left + day.width / 2, y: lane.top + lane.height / 2};",
                lane, saturday.toString());
        browser.clickAt(at.get("x").intValue(), at.get("y").intValue());
        browser.waitForAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("session:save")));
        assertEquals(saturday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                browser.findElement(By.id("session:date_input")).getAttribute("value"), "the day clicked");

        browser.chooseAsIfClicked("session:cohort", SECOND_CYCLE);
        chooseNth("session:course", 1); // sourcing, the programme's first course
        browser.chooseAsIfClicked("session:trainer", omar);
        browser.chooseAsIfClicked("session:room", "Atelier de couture 1");
        browser.chooseAsIfClicked("session:start", start);
        browser.chooseAsIfClicked("session:end", end);

        // The dialog fits the screen; scrolled to its end, its button is within the screen.
        browser.executeScript("const c = document.querySelector('#session-dialog .ui-dialog-content'); c.scrollTop = c.scrollHeight;");
        @SuppressWarnings("unchecked")
        Map<String, Number> dialog = (Map<String, Number>) browser.executeScript(
                "const d = document.getElementById('session-dialog').getBoundingClientRect();"
                + "const b = document.getElementById('session:save').getBoundingClientRect();"
                + "return {top: d.top, bottom: d.bottom, buttonTop: b.top, buttonBottom: b.bottom, height: window.innerHeight};");
        String where = language + " " + dialog;
        assertTrue(dialog.get("top").doubleValue() >= 0 && dialog.get("bottom").doubleValue() <= dialog.get("height").doubleValue(),
                "the dialog within the screen: " + where);
        assertTrue(dialog.get("buttonTop").doubleValue() >= 0 && dialog.get("buttonBottom").doubleValue() <= dialog.get("height").doubleValue(),
                "the button within the screen: " + where);
        browser.findElement(By.id("session:save")).click();
        browser.waitForAjax();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("session:save")));
        assertEquals(week, firstDayShown(), "the calendar stays on the week shown (" + language + ")");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='calendar']//td[contains(@class,'fc-timegrid-col') and @data-date='" + saturday + "']"
                + "//*[contains(@class,'fc-event') and contains(., 'Atelier de couture 1')]")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains(saturday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                browser.findElement(By.id("messages")).getText());
    }

    /** Picks the n-th option of a PrimeFaces select menu (0 is the «Choose…» placeholder), as a click would. */
    private void chooseNth(String menuId, int n) {
        String label = browser.findElement(By.id(menuId + "_input")).findElements(By.tagName("option")).get(n).getAttribute("textContent");
        browser.chooseAsIfClicked(menuId, label);
    }

    @Test
    void aRefusedImportsErrorsComeFirstInViewWithTheFocusAndItsTemplateDownloads() throws IOException {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.screen(1366, 768, false);
        Path bad = files.resolve("cooperatives.csv");
        Files.writeString(bad, "name_fr;name_ar;city;year_founded\n"
                + "Coopérative Essai Écran;تعاونية تجربة الشاشة;Dakhla;deux mille\n", StandardCharsets.UTF_8);
        for (String language : List.of("ar", "fr")) {
            browser.open("admin/cooperatives.xhtml?lang=" + language);
            List<?> template = (List<?>) browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.getElementById('import-cooperatives-template').href)
                      .then(r => r.text().then(t => done([r.status, r.headers.get('content-disposition') || '', t])))
                      .catch(e => done([0, '', String(e)]));""");
            assertEquals(200L, ((Number) template.get(0)).longValue(), language + ": " + template);
            assertTrue(template.get(1).toString().contains("attachment; filename=\"maharat-cooperatives.csv\""), template.get(1).toString());
            assertTrue(template.get(2).toString().startsWith("name_fr;name_ar;province;city;legal_form;"), template.get(2).toString());
            assertTrue(browser.findElement(By.id("import-members-template")).getAttribute("href").endsWith("/admin/csv-template/members.csv"));

            browser.findElement(By.id("import-cooperatives:file")).sendKeys(bad.toString());
            browser.findElement(By.id("import-cooperatives:import")).click();
            WebElement report = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
            browser.waitFor(driver -> "import-problems".equals(browser.executeScript("return document.activeElement.id;")));
            assertTrue(report.getText().contains("ar".equals(language) ? "السطر 2" : "Ligne 2"), report.getText());
            assertTrue(inView(report), language + ": the import's errors within the screen");
            assertTrue(report.getRect().getY() < browser.findElement(By.id("import-cooperatives")).getRect().getY(),
                    "the errors come before the import forms");
        }
    }

    @Test
    void theAttendanceSavedNoteIsInViewNextToItsButtonAndThePracticalFormOpensInViewWithTheFocus() {
        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitFor(ExpectedConditions.urlContains("/trainer/"));
        browser.screen(1366, 768, false);
        String sheet = pastAttendanceSheet();
        String taskValue = null;
        for (String language : List.of("fr", "ar")) {
            // The sheet of a past session, saved as recorded: the note is next to the button, in a live region.
            browser.open(sheet + "&lang=" + language);
            WebElement save = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("attendance:save")));
            browser.executeScript("arguments[0].scrollIntoView({block: 'end'});", save);
            save.click();
            WebElement note = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#attendance\\:saved-note:not(:empty)")));
            assertTrue(inView(note), language + ": the «saved» note within the screen");
            assertTrue(Math.abs(note.getRect().getY() - save.getRect().getY()) < 80, "the note next to the button");
            assertEquals("status", note.findElement(By.xpath("..")).getAttribute("role"), "announced to screen readers");

            // The practical sign-off form opens far below the button pressed: it is brought into view with the focus.
            browser.open("trainer/practical.xhtml?lang=" + language);
            org.openqa.selenium.support.ui.Select task = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("choose:task")));
            if (taskValue == null) {
                task.selectByVisibleText(PracticalSignOffPage.TSHIRT_TASK_FR);
                taskValue = task.getFirstSelectedOption().getAttribute("value");
            } else {
                task.selectByValue(taskValue);
            }
            WebElement open = browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#trainee-list tbody tr:last-child input[type=submit]")));
            open.click();
            WebElement form = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("signoff-form")));
            browser.waitFor(driver -> "signoff-form".equals(browser.executeScript("return document.activeElement.id;")));
            double top = ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().top;", form)).doubleValue();
            assertTrue(top > -1 && top < 200, language + ": the form's start at the top of the screen, at " + top);
            browser.findElement(By.id("signoff:cancel")).click();
            browser.waitForAjax();
        }
    }

    /** Whether the element is wholly within the window. */
    private boolean inView(WebElement element) {
        return Boolean.TRUE.equals(browser.executeScript(
                "const b = arguments[0].getBoundingClientRect(); return b.top >= 0 && b.bottom <= window.innerHeight;", element));
    }

    /**
     * The attendance sheet of Samira's latest session before today (the demo recorded its attendance), from
     * her calendar, going back a week when this one has none yet.
     */
    private String pastAttendanceSheet() {
        browser.open("trainer/calendar.xhtml?lang=fr");
        String today = LocalDate.now(java.time.ZoneId.of("Africa/Casablanca")).toString();
        for (int weeks = 0; weeks < 3; weeks++) {
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-timegrid")));
            WebElement latest = null;
            String latestDay = "";
            for (WebElement day : browser.findElements(By.cssSelector("#calendar td.fc-timegrid-col[data-date]"))) {
                String date = day.getAttribute("data-date");
                List<WebElement> entries = day.findElements(By.cssSelector(".fc-event"));
                if (date.compareTo(today) < 0 && date.compareTo(latestDay) > 0 && !entries.isEmpty()) {
                    latest = entries.get(0);
                    latestDay = date;
                }
            }
            if (latest != null) {
                // A click on a session opens its sheet (the server redirects).
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", latest);
                latest.click();
                browser.waitFor(ExpectedConditions.urlContains("attendance.xhtml?session="));
                String url = browser.getCurrentUrl();
                return url.substring(url.indexOf("trainer/")).replaceAll("&lang=\\w+", "");
            }
            String shown = firstDayShown();
            browser.findElement(By.cssSelector("#calendar .fc-prev-button")).click();
            browser.waitFor(driver -> !shown.equals(firstDayShown()));
        }
        throw new AssertionError("no session of Samira's before today in the last three weeks");
    }

    private String firstDayShown() {
        try {
            return browser.findElement(By.cssSelector("#calendar .fc-col-header-cell[data-date]")).getAttribute("data-date");
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException redrawn) {
            return "";
        }
    }

    // --- The scan

    private void scan(List<String> pages, List<String> problems) {
        for (Map.Entry<String, List<String>> screen : LANGUAGES_AT.entrySet()) {
            String[] size = screen.getKey().split("x");
            browser.screen(Integer.parseInt(size[0]), Integer.parseInt(size[1]), false);
            for (String language : screen.getValue()) {
                for (String page : pages) {
                    browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                    browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("main")));
                    String where = page + " " + language + " " + screen.getKey();
                    problems.addAll(tooWide(where));
                    if (size[0].equals("1366")) {
                        problems.addAll(browser.accessibilityViolations(where));
                    }
                }
            }
        }
    }

    /** The page wider than the screen, or a data table wider than its box (cut or scrolled inside it). */
    @SuppressWarnings("unchecked")
    private List<String> tooWide(String where) {
        List<String> found = (List<String>) browser.executeScript("""
                const found = [];
                const page = document.scrollingElement;
                if (page.scrollWidth > page.clientWidth) found.push('the page scrolls sideways: ' + page.scrollWidth + ' px for ' + page.clientWidth);
                for (const box of document.querySelectorAll('.ui-datatable-tablewrapper, .table-scroll')) {
                  if (box.getBoundingClientRect().width > 1 && box.scrollWidth > box.clientWidth + 1)
                    found.push('a table wider than its box: ' + (box.closest('[id]') || box).id + ' ' + box.scrollWidth + ' px for ' + box.clientWidth);
                }
                return found;""");
        return found.stream().map(problem -> where + ": " + problem).toList();
    }

    /** The first link of a page whose address contains {@code prefix}, relative to the application's root. */
    private String firstLink(String page, String prefix) {
        browser.open(page);
        Object href = browser.executeScript("""
                for (const a of document.querySelectorAll('a[href]')) {
                  const url = new URL(a.href);
                  if ((url.pathname + url.search).includes('/' + arguments[0])) return url.pathname + url.search;
                }
                return null;""", prefix);
        assertTrue(href != null, "no link to " + prefix + " on " + page);
        String path = href.toString();
        return path.substring(path.indexOf(prefix.substring(0, prefix.indexOf('/') + 1)));
    }

    /** The page file an address opens: {@code admin/} is {@code admin/index.xhtml}. */
    private static String file(String address) {
        String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        return path.endsWith("/") ? path + "index.xhtml" : path;
    }

    private static List<String> pagesInTheApplication() throws IOException {
        List<String> pages = new ArrayList<>();
        for (String area : List.of("admin", "trainer", "author")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/webapp", area))) {
                files.filter(f -> f.toString().endsWith(".xhtml")).forEach(f -> pages.add(area + "/" + f.getFileName()));
            }
        }
        return pages;
    }
}
