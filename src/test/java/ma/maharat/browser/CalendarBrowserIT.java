package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.platform.i18n.CenterDates;
import ma.maharat.platform.i18n.Language;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14, item 3: the staff calendars read the Moroccan way at the center's 1366×768 screens — in
 * Arabic the month names of Morocco (نونبر, دجنبر, not نوفمبر, ديسمبر), day before month, Latin digits,
 * right to left; in Arabic and French the week starts on Monday; and axe-core finds nothing.
 */
class CalendarBrowserIT extends BrowserScenario {

    /** The month names of the Levant and the Gulf that Moroccan readers do not use. */
    private static final List<String> NOT_MOROCCAN = List.of("مايو", "يوليو ", "أغسطس", "سبتمبر", "نوفمبر", "ديسمبر");

    CalendarBrowserIT() {
        super(Duration.ofSeconds(20));
    }

    @Test
    void thePlanningCalendarReadsTheMoroccanWayInArabicAndFrenchAndTheTrainersToo() {
        browser.screen(1366, 768, false);
        LocalDate monday = CenterDates.weekStart(LocalDate.now(CenterDates.CENTER_ZONE));
        List<String> violations = new ArrayList<>();

        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.open("admin/planning.xhtml?lang=ar");
        weekShownFromMonday("planning ar", monday, Language.AR);
        violations.addAll(browser.accessibilityViolations("planning calendar ar"));

        browser.open("admin/planning.xhtml?lang=fr");
        weekShownFromMonday("planning fr", monday, Language.FR);
        violations.addAll(browser.accessibilityViolations("planning calendar fr"));
        browser.signOutForTheNextPerson();

        browser.signIn("omar.alaoui", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        browser.open("trainer/calendar.xhtml?lang=ar");
        weekShownFromMonday("trainer calendar ar", monday, Language.AR);
        violations.addAll(browser.accessibilityViolations("trainer calendar ar"));

        assertEquals(List.of(), violations, "WCAG 2.1 AA (axe-core) on the calendars in Arabic and French");
    }

    private void weekShownFromMonday(String page, LocalDate monday, Language language) {
        List<WebElement> days = browser.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fc-col-header-cell"), 7));
        CenterDates dates = CenterDates.in(language);
        // In the document's order, whatever the direction it is drawn in: Monday first, Sunday last.
        assertEquals(monday.toString(), days.get(0).getAttribute("data-date"), page + ": the week starts on Monday");
        assertEquals(monday.plusDays(6).toString(), days.get(6).getAttribute("data-date"), page);
        String mondayHeader = days.get(0).getText();
        assertTrue(mondayHeader.contains(dates.weekdayName(DayOfWeek.MONDAY).substring(0, 3))
                && mondayHeader.contains(String.valueOf(monday.getDayOfMonth())), page + ": " + mondayHeader);

        String title = browser.findElement(By.cssSelector(".fc-toolbar-title")).getText();
        assertTrue(title.contains(dates.monthName(monday.getMonth())) || title.contains(shortMonth(language, monday)),
                page + ": the week's title names its month as the center does: " + title);
        String calendar = browser.findElement(By.cssSelector(".fc")).getText();
        if (language == Language.AR) {
            assertTrue(browser.findElement(By.cssSelector(".fc")).getAttribute("class").contains("fc-direction-rtl"),
                    page + ": right to left");
            assertTrue(mondayHeader.contains(dates.monthName(monday.getMonth())), page + ": day and month in words: " + mondayHeader);
            for (String name : NOT_MOROCCAN) {
                assertFalse(calendar.contains(name), page + ": " + name + " is not Moroccan Arabic: " + title);
            }
            assertFalse(calendar.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669'), page + ": Latin digits: " + title);
        }
    }

    /** French headers abbreviate the month ("nov."): its first letters are enough. */
    private static String shortMonth(Language language, LocalDate day) {
        return CenterDates.in(language).monthName(day.getMonth()).substring(0, 3);
    }
}
