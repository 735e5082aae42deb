package ma.maharat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ma.maharat.NeedsTool.Tool;
import org.junit.jupiter.api.Test;

/**
 * Runs in the unit-test phase, before any server starts: says at once which later tests will be skipped
 * and what to install (one line each), and under CI fails early when a tool is missing or does not start,
 * rather than after the integration tests.
 */
class NeedsToolTest {

    @Test
    @NeedsTool(Tool.BROWSER)
    void chromiumAndChromeDriverStart() throws Exception {
        assertStarts(Tool.chromedriver().toString(), "--version");
        assertStarts(Tool.chromium().toString(), "--headless=new", "--no-sandbox", "--version");
    }

    @Test
    @NeedsTool(Tool.JAVASCRIPT_VERIFIER)
    void nodeAndNpmStart() throws Exception {
        assertStarts("node", "--version");
        assertStarts("npm", "--version");
    }

    @Test
    void theLineSaysWhatIsMissingAndWhatToInstall() {
        String line = Tool.BROWSER.lack(List.of("/usr/bin/chromium"));
        assertTrue(line.startsWith("Browser tests (*BrowserIT): missing /usr/bin/chromium."), line);
        assertTrue(line.contains("apt-get install chromium chromium-driver"), line);
        assertTrue(Tool.JAVASCRIPT_VERIFIER.lack(List.of("node on PATH")).contains("apt-get install nodejs npm"));
    }

    private static void assertStarts(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
    }
}
