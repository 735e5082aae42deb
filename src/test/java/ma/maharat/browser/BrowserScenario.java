package ma.maharat.browser;

import java.net.URL;
import java.time.Duration;
import ma.maharat.NeedsTool;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test class needs around its scenarios: Arquillian deploys the packaged application
 * and one Chromium, a {@link Browser}, serves the class's tests. Only this lifecycle is inherited (JUnit
 * and Arquillian find it on the class); the steps themselves are the {@link Browser}'s. Without Chromium
 * the classes are skipped before anything is deployed (mandatory under CI, see {@link NeedsTool}).
 */
@NeedsTool(NeedsTool.Tool.BROWSER)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserScenario {

    /** The password of every demo account (README.md). */
    static final String DEMO_PASSWORD = "maharat-demo";
    /** The initial administrator's password, as failsafe configures it for the tests. */
    static final String ADMIN_PASSWORD = "admin-it-Passw0rd";

    /**
     * The Chromium of the class running now. Static because it lives from the first test to the last
     * (JUnit makes an instance per test); failsafe runs the classes one after the other.
     */
    static Browser browser;

    @ArquillianResource
    URL deployment;

    private final Duration patience;

    /**
     * @param patience how long {@link Browser#waitFor} waits in this class: each class keeps the wait it
     *     had (from 20 s to 120 s where a whole course is published)
     */
    BrowserScenario(Duration patience) {
        this.patience = patience;
    }

    /**
     * Every scenario starts at a fresh terminal: nobody signed in, no cookie. Chromium is started by the
     * first test rather than before all, because the deployment's address is injected per test.
     */
    @BeforeEach
    void freshTerminal() {
        if (browser == null) {
            browser = Browser.start(deployment, patience);
        }
        browser.freshTerminal();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
