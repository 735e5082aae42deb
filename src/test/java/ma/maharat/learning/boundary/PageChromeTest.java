package ma.maharat.learning.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import ma.maharat.identity.control.IdleLimit;
import ma.maharat.identity.control.SignedInUser;
import ma.maharat.identity.entity.Role;
import ma.maharat.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class PageChromeTest {

    private final PageChrome chrome = new PageChrome(new IdleLimit(300, 60));
    private final SignedInUser trainee = new SignedInUser(5, "fatima", "Fatima <b>Zahra</b>", "فاطمة \"الزهراء\"", Role.TRAINEE);

    private String page(Language language, SignedInUser user, String query, String title, List<String> errors) {
        StringBuilder out = new StringBuilder();
        PageChrome.Page page = new PageChrome.Page(language, user, "/ctx", query, title);
        chrome.top(out, page, errors);
        chrome.bottom(out, page);
        return out.toString();
    }

    @Test
    void arabicPagesAreRightToLeftWithTheArabicNameEscaped() {
        String html = page(Language.AR, trainee, "course=a&lesson=b", "درس", List.of());
        assertTrue(html.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\">"), html);
        assertTrue(html.contains("<body class=\"rtl\">"));
        assertTrue(html.contains("<bdi class=\"who\">فاطمة &quot;الزهراء&quot;</bdi>"), html);
        assertTrue(html.contains("<title>درس · مهارات</title>"), html);
        assertTrue(html.contains("id=\"lang-ar\" href=\"?course=a&amp;lesson=b&amp;lang=ar\" lang=\"ar\" hreflang=\"ar\" class=\"current\" aria-current=\"true\""), html);
    }

    @Test
    void frenchPagesAreLeftToRightAndEscapeNamesTitlesAndMessages() {
        String html = page(Language.FR, trainee, null, "<i>Coupe</i>", List.of("Refusé <script>"));
        assertTrue(html.contains("lang=\"fr\" dir=\"ltr\""));
        assertTrue(html.contains("Fatima &lt;b&gt;Zahra&lt;/b&gt;"), html);
        assertTrue(html.contains("<h1 class=\"page-title\">&lt;i&gt;Coupe&lt;/i&gt;</h1>"), html);
        assertTrue(html.contains("<span class=\"ui-messages-error-summary\">Refusé &lt;script&gt;</span>"), html);
        assertEquals(2, html.split("<script", -1).length - 1, "two scripts, the shared terminal's and the page's:\n" + html);
        assertEquals(2, html.split("<script src=\"", -1).length - 1, "scripts are files (the policy runs no inline script):\n" + html);
        assertFalse(html.matches("(?s).*<[^>]+\\son[a-z]+=.*"), "no event-handler attribute:\n" + html);
        assertTrue(html.contains("<script src=\"/ctx/jakarta.faces.resource/maharat/js/lesson-page.js.xhtml\"></script>"), html);
        assertTrue(html.contains("<script src=\"/ctx/jakarta.faces.resource/maharat/js/terminal.js.xhtml\"></script>"), html);
        assertTrue(html.contains("id=\"lang-en\" href=\"?lang=en\""), html);
    }

    @Test
    void aTraineeSeesHerMenuAndNoOneElses() {
        String html = page(Language.FR, trainee, null, "x", List.of());
        assertTrue(html.contains("<a id=\"menu-learn\" href=\"/ctx/learn/\">Mes formations</a>"), html);
        assertTrue(html.contains("id=\"menu-profile\""));
        assertFalse(html.contains("menu-admin") || html.contains("menu-trainer"));
        assertTrue(html.contains("<a href=\"#main\" class=\"skip-link\">Aller au contenu</a>"));
        assertTrue(html.contains("action=\"/ctx/logout\""));
    }

    @Test
    void aTraineesPageCarriesNotMeAndTheCountdownInHerLanguage() {
        String html = page(Language.AR, trainee, null, "x", List.of());
        assertTrue(html.contains("<button id=\"not-me\" class=\"not-me\" type=\"submit\" name=\"reason\" value=\"notMe\">لستُ أنا</button>"), html);
        assertTrue(html.contains("data-idle-seconds=\"300\" data-countdown-seconds=\"60\" data-still-here-url=\"/ctx/learn/still-here\""), html);
        assertTrue(html.contains("role=\"alertdialog\""), html);
        assertTrue(html.contains("<h2 id=\"terminal-title\">هل ما زلتِ هنا؟</h2>"), html);
        assertTrue(html.indexOf("id=\"not-me\"") < html.indexOf("id=\"signout\""), "beside her name, before signing out");
    }

    @Test
    void staffPagesHaveNoCountdown() {
        SignedInUser trainer = new SignedInUser(6, "samira", "Samira", null, Role.TRAINER);
        String html = page(Language.FR, trainer, null, "x", List.of());
        assertFalse(html.contains("id=\"not-me\"") || html.contains("id=\"terminal\"") || html.contains("terminal.js"), html);
    }
}
