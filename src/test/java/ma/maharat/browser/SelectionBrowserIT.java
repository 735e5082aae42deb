package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ma.maharat.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17's whole path in the browser, in Arabic and in French: an administrator opens a call, a
 * cooperative applies on a phone without an account, a trainer scores it on a phone (360 px) after the field visit, and the committee
 * selects it on the centre's screen; the ranking then shows it selected with its letters; it becomes a
 * cooperative, joins Cycle 3, and its personalised programme there follows the visit's scores.
 */
class SelectionBrowserIT extends BrowserScenario {

    SelectionBrowserIT() {
        super(java.time.Duration.ofSeconds(30));
    }

    /** A new call open today with five places, created on the administrators' page; its id. */
    private String newCall(String title) {
        browser.screen(1366, 768, false);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.open("admin/calls.xhtml?lang=fr");
        String today = LocalDate.now(ZoneId.of("Africa/Casablanca")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String later = LocalDate.now(ZoneId.of("Africa/Casablanca")).plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.findElement(By.id("call:title-ar")).sendKeys("نداء المتصفح");
        browser.findElement(By.id("call:title-fr")).sendKeys(title);
        browser.findElement(By.id("call:text-ar")).sendKeys("نص النداء");
        browser.findElement(By.id("call:text-fr")).sendKeys("Texte de l’appel");
        // Typed into the fields as text: the pickers' pop-ups are not what this test is about.
        browser.executeScript("document.getElementById('call:opens-on_input').value = arguments[0];"
                + "document.getElementById('call:closes-on_input').value = arguments[1];", today, later);
        WebElement places = browser.findElement(By.id("call:places"));
        places.clear();
        places.sendKeys("5");
        browser.findElement(By.id("call:region")).sendKeys("Laâyoune-Sakia El Hamra");
        browser.click(By.id("call:save"));
        WebElement link = browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[contains(., '" + title + "')]//a[contains(@href, 'selection.xhtml?call=')]")));
        String href = link.getAttribute("href");
        browser.signOutForTheNextPerson();
        return href.substring(href.indexOf("call=") + "call=".length());
    }

    /** The cooperative applies on a phone, without an account, in the given language; its reference is shown. */
    private void apply(String callId, String language, String nameFr, String nameAr, String phone) {
        browser.screen(360, 740, true);
        browser.freshTerminal();
        browser.open("apply/?call=" + callId + "&lang=" + language);
        browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("apply:name-ar"))).sendKeys(nameAr);
        browser.findElement(By.id("apply:name-fr")).sendKeys(nameFr);
        new Select(browser.findElement(By.id("apply:legal-form"))).selectByValue("COOPERATIVE");
        browser.findElement(By.id("apply:province")).sendKeys("Laâyoune");
        browser.findElement(By.id("apply:city")).sendKeys("Laâyoune");
        browser.findElement(By.id("apply:members")).sendKeys("9");
        browser.findElement(By.id("apply:women-members")).sendKeys("9");
        browser.click(By.xpath("//input[@name='apply:led-by' and @value='true']"));
        WebElement textile = browser.findElement(By.id("apply:textile"));
        if (!textile.isSelected()) {
            browser.click(By.id("apply:textile"));
        }
        browser.findElement(By.id("apply:products")).sendKeys("Melhfas");
        new Select(browser.findElement(By.id("apply:turnover"))).selectByValue("UNDER_50K");
        browser.findElement(By.id("apply:contact-name")).sendKeys("Présidente");
        browser.findElement(By.id("apply:contact-phone")).sendKeys(phone);
        assertEquals(Boolean.FALSE, browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth"),
                "the application form fits a 360 px phone");
        browser.click(By.id("apply:send"));
        WebElement reference = browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
        assertTrue(reference.getText().matches(".*[A-Z0-9]{4}.*"), reference.getText());
    }

    @Test
    void anAssessorScoresAnApplicantOnAPhoneAndTheCommitteeSelectsIt() {
        String unique = TestAccounts.unique();
        String callId = newCall("Appel navigateur " + unique);
        List<String> sideways = new ArrayList<>();
        for (String language : List.of("ar", "fr")) {
            String nameFr = "Coopérative Navigateur " + language + " " + unique;
            String nameAr = "تعاونية المتصفح " + language + " " + unique;
            apply(callId, language, nameFr, nameAr, "0661" + (100000 + (int) (System.nanoTime() % 800000)));

            // The trainer, on her phone after the visit.
            browser.screen(360, 740, true);
            browser.signIn("samira.bennani", DEMO_PASSWORD);
            browser.waitForPath("/trainer/");
            browser.open("author/assessment.xhtml?lang=" + language);
            browser.click(By.xpath("//a[contains(@class, 'visit-link') and contains(., '" + (language.equals("ar") ? nameAr : nameFr) + "')]"));
            browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("assessment:save")));
            assertEquals(language.equals("ar") ? "rtl" : "ltr", browser.findElement(By.tagName("html")).getAttribute("dir"));
            if (Boolean.TRUE.equals(browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth"))) {
                sideways.add("assessment " + language);
            }
            List<WebElement> topics = browser.findElements(By.cssSelector("fieldset.topic"));
            assertEquals(7, topics.size());
            for (WebElement topic : topics) {
                WebElement three = topic.findElement(By.xpath(".//div[contains(@class, 'ui-button')][normalize-space(.)='3']"));
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", three);
                three.click();
            }
            topics.get(3).findElement(By.cssSelector("input.topic-comment")).sendKeys("Finitions irrégulières");
            browser.click(By.id("assessment:save"));
            WebElement saved = browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#assessment\\:messages .ui-messages-info")));
            assertTrue(saved.getText().contains(nameFr), saved.getText());
            browser.signOutForTheNextPerson();

            // The committee, on the centre's screen.
            browser.screen(1366, 768, false);
            browser.signIn("admin", ADMIN_PASSWORD);
            browser.waitForPath("/admin/");
            browser.open("admin/selection.xhtml?call=" + callId + "&lang=" + language);
            String row = "//tr[contains(., '" + (language.equals("ar") ? nameAr : nameFr) + "')]";
            // Need 3 of 4 (45), 9 members (20), led by a woman (20).
            assertTrue(browser.findElement(By.xpath(row)).getText().contains("85.0"), browser.findElement(By.xpath(row)).getText());
            browser.click(By.xpath(row + "//button[contains(@id, 'choose')]"));
            browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("deciding")));
            browser.click(By.xpath("//*[@id='decide:decision']//label[normalize-space(.)='" + (language.equals("ar") ? "مقبولة" : "Retenue") + "']"));
            browser.click(By.id("decide:record"));
            browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(By.xpath(row + "//span[@class='decision']"),
                    language.equals("ar") ? "مقبولة" : "Retenue"));
            assertEquals(2, browser.findElements(By.xpath(row + "//a[@class='letter']")).size());

            // From selection to training: the cooperative is created from the application, placed in Cycle 3,
            // and its programme proposed from the visit (3 everywhere: every course shortened).
            browser.click(By.xpath(row + "//button[contains(@id, 'convert')]"));
            browser.click(By.xpath("//button[contains(@id, 'confirm-yes')]"));
            browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.xpath(row + "//span[@class='converted']")));
            WebElement menu = browser.findElement(By.xpath(row + "//select[contains(@id, 'place-cohort')]"));
            // The menu's own select carries the value PrimeFaces submits; its pop-up is not what this test is about.
            browser.executeScript("const s = arguments[0]; for (const o of s.options) { o.selected = o.text.indexOf('Cycle 3') >= 0; }", menu);
            browser.click(By.xpath(row + "//button[contains(@id, ':place')]"));
            WebElement placed = browser.waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.xpath(row + "//p[@class='placed']")));
            assertTrue(placed.getText().contains("Cycle 3"), placed.getText());
            browser.click(By.xpath(row + "//p[@class='placed']/a"));
            String programme = "//form[.//h2[contains(., '" + nameFr + "') or contains(., '" + nameAr + "')]]";
            browser.waitOrShow(ExpectedConditions.presenceOfElementLocated(By.xpath(programme)));
            List<WebElement> courses = browser.findElements(By.xpath(programme + "//tr[contains(@class, 'programme-row')]"));
            assertFalse(courses.isEmpty(), "Cycle 3's programme, course by course");
            for (WebElement course : courses) {
                assertEquals("SHORTENED", course.getAttribute("data-treatment"), course.getText());
            }
            browser.signOutForTheNextPerson();
        }
        assertEquals(List.of(), sideways, "the assessment fits a 360 px phone without scrolling sideways");
    }
}
