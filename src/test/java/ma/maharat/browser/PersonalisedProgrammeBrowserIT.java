package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The personalised programmes page in a real Chromium (ADR 23), in French then Arabic: the administrator
 * goes from the cohorts' list to Cycle 3's programmes, finds the cooperative whose Sourcing the needs made
 * optional, makes it full and saves (the message names the cooperative, the row says FULL), then, in
 * Arabic, right to left, puts it back to optional, as the demo had it. On a phone-sized screen the page
 * does not scroll sideways. The pages pass axe-core's WCAG 2.1 AA rules.
 */
class PersonalisedProgrammeBrowserIT extends BrowserScenario {

    private static final By OPTIONAL_SOURCING = By.cssSelector("tr.programme-row[data-course='sourcing'][data-treatment='OPTIONAL']");

    PersonalisedProgrammeBrowserIT() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void anAdministratorChangesACoursesTreatmentInFrenchAndPutsItBackInArabic() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.screen(1366, 768, false);
        browser.open("admin/cohorts.xhtml?lang=fr");
        browser.click(By.xpath("//tr[contains(., 'Cycle 3')]//a[contains(@class, 'programmes-link')]"));
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.id("cohort-name"), "Cycle 3"));
        String address = browser.getCurrentUrl();
        List<String> violations = new ArrayList<>(browser.accessibilityViolations("personalised programmes fr"));

        // The first cooperative whose Sourcing the needs made optional; found again by its heading after each update.
        WebElement heading = formOf(OPTIONAL_SOURCING).findElement(By.tagName("h2"));
        String cooperative = heading.getText();
        By form = By.xpath("//h2[@id='" + heading.getAttribute("id") + "']/ancestor::form");
        By sourcing = By.cssSelector("tr.programme-row[data-course='sourcing']");
        choose(browser.findElement(form), sourcing, "FULL", "Complet");
        browser.findElement(form).findElement(By.cssSelector("button[id$=':save']")).click();
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Programme de " + cooperative + " enregistré."));
        browser.waitOrShow(driver -> "FULL".equals(driver.findElement(form).findElement(sourcing).getAttribute("data-treatment")));
        WebElement saved = browser.findElement(form).findElement(sourcing);
        assertTrue(saved.findElement(By.cssSelector("td.origin")).getText().contains("Modifié par"), saved::getText);

        browser.get(address + "&lang=ar");
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertEquals("البرامج المكيَّفة", browser.findElement(By.cssSelector("h1.page-title")).getText());
        choose(browser.findElement(form), sourcing, "OPTIONAL", "اختيارية");
        browser.findElement(form).findElement(By.cssSelector("button[id$=':save']")).click();
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "تم حفظ برنامج"));
        browser.waitOrShow(driver -> "OPTIONAL".equals(driver.findElement(form).findElement(sourcing).getAttribute("data-treatment")));
        violations.addAll(browser.accessibilityViolations("personalised programmes ar"));

        browser.screen(360, 740, true);
        browser.get(address + "&lang=ar");
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        Number overflow = (Number) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow.intValue() <= 0, "no sideways scrolling on a phone: " + overflow);
        browser.screen(1366, 768, false);
        assertEquals(List.of(), violations);
    }

    /** The form of the cooperative whose row the locator finds. */
    private WebElement formOf(By row) {
        return browser.findElement(row).findElement(By.xpath("ancestor::form"));
    }

    /**
     * Picks a treatment in the row's menu through the PrimeFaces widget the menu's clicks drive (its panel
     * slides open, and under a loaded machine a click during the slide was lost); the label must then show it.
     */
    private void choose(WebElement form, By row, String value, String label) {
        WebElement menu = form.findElement(row).findElement(By.cssSelector(".ui-selectonemenu"));
        String id = menu.getAttribute("id");
        browser.executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", id, value);
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='" + id + "_label']"), label));
    }
}
