package ma.maharat.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.maharat.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, item 3: an entry of the audit log is written once, as a message key with its parameters, and
 * each administrator reads it in her language — the action's name, the sentence, the dates the Moroccan
 * way (نونبر in Arabic) and the French cohort name isolated inside the Arabic sentence.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    @ArquillianResource
    URL base;

    @Test
    void aCohortCreatedOnceReadsInArabicAndInFrench() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        client.signIn("admin", "admin-it-Passw0rd");
        String name = "Cycle audit " + Long.toString(System.nanoTime(), 36);
        String page = client.get("admin/cohorts.xhtml?lang=fr").body();
        page = client.get("admin/cohorts.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cohort", "cohort");
        form.put("cohort:name", name);
        form.put("cohort:start-date_input", "07/09/2026");
        form.put("cohort:end-date_input", "05/11/2026");
        form.put("cohort:cooperatives", WebClient.firstMatch(page, "name=\"cohort:cooperatives\" type=\"checkbox\" value=\"(\\d+)\""));
        form.put("cohort:programme_target", WebClient.firstMatch(page, "data-item-value=\"(\\d+)\""));
        form.put("cohort:save", "cohort:save");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        HttpResponse<String> saved = client.postForm("admin/cohorts.xhtml", form);
        assertTrue(saved.body().contains(name), "the cohort is saved: " + saved.body());

        String arabic = entry(auditPage(client, "ar"), name);
        assertTrue(arabic.contains("إنشاء فوج"), "the action's name in Arabic: " + arabic);
        assertTrue(arabic.contains("إنشاء الفوج «" + FSI + name + PDI + "»، من 7 شتنبر 2026 إلى 5 نونبر 2026"),
                "the sentence in Arabic, Moroccan months, the French name isolated: " + arabic);
        assertFalse(arabic.contains("cohort.created<") || arabic.contains("Cohort \""), "nothing left in English or as a code: " + arabic);

        String french = entry(auditPage(client, "fr"), name);
        assertTrue(french.contains("Cohorte créée"), "the action's name in French: " + french);
        assertTrue(french.contains("Cohorte « " + name + " » créée, du 7 septembre 2026 au 5 novembre 2026"),
                "the same entry in French, nothing invisible added to a French name: " + french);
    }

    private static String auditPage(WebClient client, String language) {
        HttpResponse<String> chosen = client.get("admin/audit.xhtml?lang=" + language);
        assertEquals(302, chosen.statusCode(), "the language switch redirects");
        HttpResponse<String> page = client.get("admin/audit.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"" + language + "\""), page.body());
        return page.body();
    }

    /** The table row of the entry that names the cohort. */
    private static String entry(String html, String name) {
        Matcher row = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*" + Pattern.quote(name) + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(row.find(), "the audit log lists the cohort's creation: " + html);
        return row.group();
    }

}
