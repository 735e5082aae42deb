package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The planning flow in Chromium, in French: an administrator assigns Latifa Mansouri to Prototyping in
 * the demo's second cycle, plans her a session by clicking a weekend day of the calendar, is refused a
 * session of Samira Bennani in the same room at the same time with a message naming Latifa's session,
 * then Latifa finds her session on her calendar. Attendance is exercised over HTTP in PlanningIT.
 */
class PlanningBrowserIT extends BrowserScenario {

    private static final String SECOND_CYCLE = "Cycle 2 — Laâyoune et Boujdour";
    private static final String PROTOTYPING = "Prototypage : du patron au premier échantillon";
    private static final String MODELING = "Modélisme - patronage et gradation";

    PlanningBrowserIT() {
        super(Duration.ofSeconds(20));
    }

    @BeforeEach
    void makeRoomForThePlanningPage() {
        // The planning dialog and the month view are tall: room enough for both without scrolling.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
    }

    /** A weekend day of this week (no demo session then), inside the second cycle and its assignments. */
    private static LocalDate weekendDay() {
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
        return today.getDayOfWeek() == DayOfWeek.SUNDAY ? today : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    @Test
    void anAdministratorPlansALatifasSessionAConflictIsRefusedAndLatifaMarksAttendance() {
        LocalDate day = weekendDay();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.findElement(By.id("menu-planning"));
        // In French whatever language another test left the administrator's account in: options are chosen by their French titles.
        browser.open("admin/planning.xhtml?lang=fr");
        browser.waitFor(ExpectedConditions.urlContains("planning.xhtml"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-view")));

        // Assign Latifa to Prototyping in the second cycle: the cohort's period fills the dates.
        browser.chooseAsIfClicked("assignment:cohort", SECOND_CYCLE);
        browser.chooseAsIfClicked("assignment:course", PROTOTYPING);
        browser.chooseAsIfClicked("assignment:trainer", "Latifa Mansouri");
        assertTrue(!browser.findElement(By.id("assignment:from-date_input")).getAttribute("value").isBlank(), "the cohort's first day");
        browser.findElement(By.id("assignment:save")).click();
        browser.waitForAjax();
        assertTrue(message(".ui-messages-info").contains("Le formateur est affecté"), message(".ui-messages-info"));
        assertTrue(browser.findElement(By.id("assignments:table")).getText().contains("Latifa Mansouri"));

        // Plan her session on the weekend day, clicked in the month view.
        clickDay(day);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("session:save")));
        browser.chooseAsIfClicked("session:cohort", SECOND_CYCLE);
        browser.chooseAsIfClicked("session:course", PROTOTYPING);
        browser.chooseAsIfClicked("session:trainer", "Latifa Mansouri");
        browser.chooseAsIfClicked("session:room", "Salle polyvalente");
        browser.chooseAsIfClicked("session:start", "09:00");
        browser.chooseAsIfClicked("session:end", "12:00");
        browser.findElement(By.id("session:save")).click();
        browser.waitForAjax();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("session:save")));
        assertTrue(message(".ui-messages-info").contains("Séance planifiée"), message(".ui-messages-info"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:schedule"), "Latifa Mansouri"));

        // Samira in the same room at an overlapping time: refused, the message next to the room names Latifa's session.
        clickDay(day);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("session:save")));
        browser.chooseAsIfClicked("session:cohort", SECOND_CYCLE);
        browser.chooseAsIfClicked("session:course", MODELING);
        browser.chooseAsIfClicked("session:trainer", "Samira Bennani");
        browser.chooseAsIfClicked("session:room", "Salle polyvalente");
        browser.chooseAsIfClicked("session:start", "10:00");
        browser.chooseAsIfClicked("session:end", "11:00");
        browser.findElement(By.id("session:save")).click();
        browser.waitForAjax();
        String refusal = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='session'] .ui-message-error"))).getText();
        assertTrue(refusal.contains("Salle polyvalente est déjà réservée de 09:00 à 12:00") && refusal.contains("Latifa Mansouri"), refusal);
        assertTrue(browser.findElement(By.id("session:save")).isDisplayed(), "the form stays open to correct it");
        browser.findElement(By.id("session:close")).click();

        browser.signOutForTheNextPerson();

        // Latifa's calendar shows the session. (Marking attendance from it is not driven here: see the report.)
        browser.signIn("latifa.mansouri", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        browser.findElement(By.id("menu-calendar")).click();
        WebElement entry = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fc-event') and contains(., 'Prototypage') and contains(., 'Salle polyvalente')]")));
        assertTrue(entry.getText().contains("Prototypage"), entry.getText());
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
        browser.waitFor(ExpectedConditions.elementToBeClickable(top)).click();
        browser.waitForAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("session"), "Planifier une séance"));
    }

    private String message(String css) {
        return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }
}
