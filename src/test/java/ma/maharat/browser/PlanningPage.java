package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's planning page (Administration → Planning, {@code /admin/planning.xhtml}) as a
 * person works it, in French: assigning a trainer to a course of a cohort, and planning a session by
 * clicking a day of the calendar and filling in the form that opens.
 */
final class PlanningPage {

    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Browser browser;

    PlanningPage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens the page in French whatever language another test left the administrator's account in:
     * options are chosen by their French titles. The window stays taller afterwards.
     */
    void open() {
        // The planning dialog and the month view are tall: room enough for both without scrolling.
        browser.manage().window().setSize(new Dimension(1280, 1600));
        browser.open("admin/planning.xhtml?lang=fr");
        browser.waitFor(ExpectedConditions.urlContains("planning.xhtml"));
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#calendar .fc-view")));
    }

    /**
     * Assigns the trainer to the course in the cohort for the cohort's whole period, which choosing the
     * cohort fills in; returns the period's first day.
     */
    LocalDate assign(String cohort, String course, String trainer) {
        browser.chooseAsIfClicked("assignment:cohort", cohort);
        browser.chooseAsIfClicked("assignment:course", course);
        browser.chooseAsIfClicked("assignment:trainer", trainer);
        String firstDay = browser.findElement(By.id("assignment:from-date_input")).getAttribute("value");
        assertTrue(!firstDay.isBlank(), "the cohort's first day");
        browser.findElement(By.id("assignment:save")).click();
        browser.waitForAjax();
        assertTrue(message(".ui-messages-info").contains("Le formateur est affecté"), message(".ui-messages-info"));
        assertTrue(browser.findElement(By.id("assignments:table")).getText().contains(trainer));
        return LocalDate.parse(firstDay, FORM_DATE);
    }

    /** Plans a session that the rules accept: the form closes, says so, and the calendar shows it. */
    void planSession(LocalDate day, String cohort, String course, String trainer, String room, String start, String end) {
        submitSession(day, cohort, course, trainer, room, start, end);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("session:save")));
        assertTrue(message(".ui-messages-info").contains("Séance planifiée"), message(".ui-messages-info"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:schedule"), trainer));
    }

    /** Clicks the day in the month view, fills in the form that opens and submits it; whether it is accepted is for the caller to see. */
    void submitSession(LocalDate day, String cohort, String course, String trainer, String room, String start, String end) {
        clickDay(day);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("session:save")));
        browser.chooseAsIfClicked("session:cohort", cohort);
        browser.chooseAsIfClicked("session:course", course);
        browser.chooseAsIfClicked("session:trainer", trainer);
        browser.chooseAsIfClicked("session:room", room);
        browser.chooseAsIfClicked("session:start", start);
        browser.chooseAsIfClicked("session:end", end);
        // A day already gone (the first cycle's) is planned only once the planner confirms it.
        java.util.List<org.openqa.selenium.WebElement> past = browser.findElements(By.cssSelector("[id='session:past-confirmed'] .ui-chkbox-box"));
        if (!past.isEmpty() && past.get(0).isDisplayed()) {
            past.get(0).click();
        }
        browser.findElement(By.id("session:save")).click();
        browser.waitForAjax();
    }

    /** Clicks a day in the month view of the planning calendar, going to its month when it is not shown. */
    private void clickDay(LocalDate day) {
        browser.showInMonthView("#calendar", day);
        // The top of the cell (its day number), so that a session already shown there is not clicked instead.
        By top = By.cssSelector("#calendar td.fc-daygrid-day[data-date='" + day + "'] .fc-daygrid-day-top");
        browser.waitFor(ExpectedConditions.elementToBeClickable(top)).click();
        browser.waitForAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("session"), "Planifier une séance"));
    }

    /** The text of the first message shown with the CSS class, once it is visible. */
    String message(String css) {
        return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
    }
}
