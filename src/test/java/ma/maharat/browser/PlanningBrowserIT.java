package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The planning flow in Chromium, in French: an administrator assigns Latifa Mansouri to Prototyping in
 * the demo's second cycle, plans her a session by clicking a weekend day of the calendar, is refused a
 * session of Samira Bennani in the same room at the same time with a message naming Latifa's session,
 * then Latifa finds her session on her calendar. Attendance is exercised over HTTP in PlanningIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningBrowserIT {

    private static final String DEMO_PASSWORD = "maharat-demo";
    private static final String ADMIN_PASSWORD = "admin-it-Passw0rd";
    private static final String SECOND_CYCLE = "Cycle 2 — Laâyoune et Boujdour";
    private static final String PROTOTYPING = "Prototypage : du patron au premier échantillon";
    private static final String MODELING = "Modélisme - patronage et gradation";
    private static WebDriver browser;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.maharat();
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
        // The planning dialog and the month view are tall: room enough for both without scrolling.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A weekend day of this week (no demo session then), inside the second cycle and its assignments. */
    private static LocalDate weekendDay() {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        return today.getDayOfWeek() == DayOfWeek.SUNDAY ? today : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    @Test
    void anAdministratorPlansALatifasSessionAConflictIsRefusedAndLatifaMarksAttendance() {
        LocalDate day = weekendDay();
        browser.get(url("login.xhtml"));
        browser.manage().deleteAllCookies();
        signIn("admin", ADMIN_PASSWORD);
        waitForPath("/admin/");
        browser.findElement(By.id("menu-planning"));
        // In French whatever language another test left the administrator's account in: options are chosen by their French titles.
        browser.get(url("admin/planning.xhtml?lang=fr"));
        waitFor(ExpectedConditions.urlContains("planning.xhtml"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-view")));

        // Assign Latifa to Prototyping in the second cycle: the cohort's period fills the dates.
        choose("assignment:cohort", SECOND_CYCLE);
        choose("assignment:course", PROTOTYPING);
        choose("assignment:trainer", "Latifa Mansouri");
        assertTrue(!browser.findElement(By.id("assignment:from-date_input")).getAttribute("value").isBlank(), "the cohort's first day");
        browser.findElement(By.id("assignment:save")).click();
        waitForAjax();
        assertTrue(message(".ui-messages-info").contains("Le formateur est affecté"), message(".ui-messages-info"));
        assertTrue(browser.findElement(By.id("assignments:table")).getText().contains("Latifa Mansouri"));

        // Plan her session on the weekend day, clicked in the month view.
        clickDay(day);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("session:save")));
        choose("session:cohort", SECOND_CYCLE);
        choose("session:course", PROTOTYPING);
        choose("session:trainer", "Latifa Mansouri");
        choose("session:room", "Salle polyvalente");
        choose("session:start", "09:00");
        choose("session:end", "12:00");
        browser.findElement(By.id("session:save")).click();
        waitForAjax();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("session:save")));
        assertTrue(message(".ui-messages-info").contains("Séance planifiée"), message(".ui-messages-info"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:schedule"), "Latifa Mansouri"));

        // Samira in the same room at an overlapping time: refused, the message next to the room names Latifa's session.
        clickDay(day);
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("session:save")));
        choose("session:cohort", SECOND_CYCLE);
        choose("session:course", MODELING);
        choose("session:trainer", "Samira Bennani");
        choose("session:room", "Salle polyvalente");
        choose("session:start", "10:00");
        choose("session:end", "11:00");
        browser.findElement(By.id("session:save")).click();
        waitForAjax();
        String refusal = waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='session'] .ui-message-error"))).getText();
        assertTrue(refusal.contains("Salle polyvalente est déjà réservée de 09:00 à 12:00") && refusal.contains("Latifa Mansouri"), refusal);
        assertTrue(browser.findElement(By.id("session:save")).isDisplayed(), "the form stays open to correct it");
        browser.findElement(By.id("session:close")).click();

        browser.findElement(By.id("signout")).click();
        waitFor(ExpectedConditions.urlContains("login.xhtml"));
        browser.manage().deleteAllCookies();

        // Latifa's calendar shows the session. (Marking attendance from it is not driven here: see the report.)
        signIn("latifa.mansouri", DEMO_PASSWORD);
        waitForPath("/trainer/");
        browser.findElement(By.id("menu-calendar")).click();
        WebElement entry = waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fc-event') and contains(., 'Prototypage') and contains(., 'Salle polyvalente')]")));
        assertTrue(entry.getText().contains("Prototypage"), entry.getText());
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label through the menu's own widget (as a click
     * on the item does, Ajax included), then waits for its Ajax to finish. Clicking the floating panel's
     * items proved flaky in a modal dialog under load.
     */
    private void choose(String menuId, String label) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id(menuId)));
        Object picked = ((JavascriptExecutor) browser).executeScript(
                "var id = arguments[0], label = arguments[1], widget = null;"
                + "for (var key in PrimeFaces.widgets) { var w = PrimeFaces.widgets[key]; if (w && w.id === id) { widget = w; } }"
                + "var options = document.getElementById(id + '_input').options;"
                + "if (!widget.items || widget.items.length === 0) { widget.callHandleMethod(null, null); }"
                + "for (var i = 0; i < options.length; i++) {"
                + "  if (options[i].text === label) { widget.selectItem(widget.items.eq(i)); return true; } }"
                + "return false;", menuId, label);
        assertTrue(Boolean.TRUE.equals(picked), "no option \"" + label + "\" in " + menuId);
        waitForAjax();
    }

    /** Clicks a day in the month view of the planning calendar, going forward a month when it is not shown. */
    private void clickDay(LocalDate day) {
        browser.findElement(By.cssSelector("#calendar .fc-dayGridMonth-button")).click();
        By cell = By.cssSelector("#calendar td.fc-daygrid-day[data-date='" + day + "']");
        if (browser.findElements(cell).isEmpty()) {
            browser.findElement(By.cssSelector("#calendar .fc-next-button")).click();
        }
        // The top of the cell (its day number), so that a session already shown there is not clicked instead.
        By top = By.cssSelector("#calendar td.fc-daygrid-day[data-date='" + day + "'] .fc-daygrid-day-top");
        waitFor(ExpectedConditions.elementToBeClickable(top)).click();
        waitForAjax();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("session"), "Planifier une séance"));
    }

    private String message(String css) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }

    private void waitForAjax() {
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    private void signIn(String username, String password) {
        browser.get(url("login.xhtml"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).click();
    }

    private void waitForPath(String path) {
        waitFor(ExpectedConditions.urlMatches(".*" + java.util.regex.Pattern.quote(path) + "$"));
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private String url(String path) {
        // The adapter reports the machine's network address; the browser uses loopback, same port.
        return URI.create("http://localhost:" + deployment.getPort() + deployment.getPath()).resolve(path).toString();
    }
}
