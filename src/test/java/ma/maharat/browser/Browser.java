package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A Chromium pointed at the deployed application, with the steps every browser test takes: signing in
 * and out, a fresh terminal for the next person, waits, PrimeFaces menus, axe-core scans. It is the
 * WebDriver itself too, so that tests find elements on it directly.
 *
 * <p>Debian's Chromium and ChromeDriver, headless, with nothing downloaded at run time. The paths can be
 * overridden with CHROMIUM and CHROMEDRIVER for machines that keep them elsewhere.
 */
final class Browser implements WebDriver, JavascriptExecutor {

    private final URI base;
    private final Duration patience;
    private WebDriver chromium;

    private Browser(URI base, Duration patience) {
        this.base = base;
        this.patience = patience;
        this.chromium = startChromium();
    }

    /**
     * Starts Chromium for the application at {@code deployment}; {@code patience} is how long
     * {@link #waitFor} waits.
     */
    static Browser start(URL deployment, Duration patience) {
        // The adapter reports the machine's network address; the browser uses loopback, same port.
        return new Browser(URI.create("http://localhost:" + deployment.getPort() + deployment.getPath()), patience);
    }

    private static WebDriver startChromium() {
        String chromiumPath = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromiumPath);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=fr");
        // The console, read for Content-Security-Policy refusals (see assertNoScriptRefused).
        org.openqa.selenium.logging.LoggingPreferences console = new org.openqa.selenium.logging.LoggingPreferences();
        console.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Switches the terminal off and on: a new Chromium, with no cookie and no session of the old one. */
    void restart() {
        try {
            assertNoScriptRefused();
        } finally {
            chromium.quit();
            chromium = startChromium();
        }
    }

    /** The application's root, for HTTP clients that talk to it beside the browser. */
    URI base() {
        return base;
    }

    /** The address of a page of the application, {@code path} relative to its root. */
    String url(String path) {
        return base.resolve(path).toString();
    }

    /** Opens a page of the application, {@code path} relative to its root. */
    void open(String path) {
        assertNoScriptRefused();
        chromium.get(url(path));
    }

    /**
     * Fails when the Content-Security-Policy refused a script since the last look: a page that relies on
     * an inline script or event attribute would silently do nothing for its users. Checked before each
     * page is opened, before each accessibility scan, and when the browser closes. Chromium's console
     * keeps what was logged until it is read.
     */
    void assertNoScriptRefused() {
        List<String> refused = chromium.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertTrue(refused.isEmpty(), "The Content-Security-Policy refused scripts (last page " + chromium.getCurrentUrl() + "):\n"
                + String.join("\n", refused));
    }

    /**
     * The next person sits down at the terminal: nobody signed in, no cookie left. The sign-in page is
     * opened first because WebDriver deletes only the cookies of the site it is on.
     */
    void freshTerminal() {
        open("login.xhtml");
        chromium.manage().deleteAllCookies();
    }

    /** Types the username and password into the sign-in form and submits; where it lands is for the caller to wait for. */
    void signIn(String username, String password) {
        open("login.xhtml");
        waitOrShow(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        chromium.findElement(By.id("password")).sendKeys(password);
        chromium.findElement(By.id("submit")).click();
    }

    void signOut() {
        chromium.findElement(By.id("signout")).click();
        waitFor(ExpectedConditions.urlContains("login.xhtml"));
    }

    /**
     * Signs out and deletes the cookies, as the tests do between two people: signing in again in the same
     * browser over the old session cookie intermittently fails with "Session already invalidated".
     */
    void signOutForTheNextPerson() {
        signOut();
        chromium.manage().deleteAllCookies();
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return waitFor(condition, patience);
    }

    /** Waits longer (or shorter) than the class's patience, for a step known to take its time. */
    <T> T waitFor(ExpectedCondition<T> condition, Duration howLong) {
        // An AJAX update may replace the element a condition is reading (the messages after a save): read again.
        return new WebDriverWait(chromium, howLong).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits, and on a timeout says what the browser shows instead. */
    <T> T waitOrShow(ExpectedCondition<T> condition) {
        try {
            return waitFor(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Not as expected at " + chromium.getCurrentUrl() + ":\n" + chromium.getPageSource(), e);
        }
    }

    /** Waits until the address ends with {@code path} (no query string, nothing after it). */
    void waitForPath(String path) {
        waitFor(ExpectedConditions.urlMatches(".*" + java.util.regex.Pattern.quote(path) + "$"));
    }

    /**
     * Clicks what the locator finds, finding it again when an Ajax update replaced it between the finding
     * and the click (a stale element was never clicked, so nothing is clicked twice).
     */
    void click(By locator) {
        new WebDriverWait(chromium, patience).ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    driver.findElement(locator).click();
                    return true;
                });
    }

    /** What the window shows, as PNG (photographs of a scenario's steps). */
    byte[] screenshot() {
        return ((org.openqa.selenium.TakesScreenshot) chromium).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    }

    /** Waits until PrimeFaces has no Ajax request queued or running. */
    void waitForAjax() {
        waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();"));
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label through the menu's own widget (as a click
     * on the item does, Ajax included), then waits for its Ajax to finish. Clicking the floating panel's
     * items proved flaky in a modal dialog under load.
     */
    void chooseAsIfClicked(String menuId, String label) {
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id(menuId)));
        Object picked = executeScript(
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

    /**
     * Sets a PrimeFaces select menu to the option that has one of the labels (the page's language decides
     * which), through its widget's {@code selectValue}: no change event and no Ajax, the value goes with
     * the form's next submit.
     */
    void selectWithoutEvents(String widgetVar, String selectId, String... labels) {
        Object value = executeScript(
                "const labels = arguments[2];"
                + "for (const option of document.getElementById(arguments[1]).options) {"
                + "  if (labels.includes(option.text.trim())) { PF(arguments[0]).selectValue(option.value); return option.value; }"
                + "}"
                + "return null;", widgetVar, selectId, List.of(labels));
        assertTrue(value != null, "no option " + List.of(labels) + " in " + selectId + ":\n" + chromium.getPageSource());
    }

    /**
     * Shows {@code day} in the month view of a PrimeFaces schedule (FullCalendar) inside {@code calendar}
     * (a CSS selector), going back or forward a month at a time as a person does, and returns the
     * locator of the day's cell.
     */
    By showInMonthView(String calendar, LocalDate day) {
        chromium.findElement(By.cssSelector(calendar + " .fc-dayGridMonth-button")).click();
        By cell = By.cssSelector(calendar + " td.fc-daygrid-day[data-date='" + day + "']");
        By firstCell = By.cssSelector(calendar + " td.fc-daygrid-day");
        for (int months = 0; chromium.findElements(cell).isEmpty(); months++) {
            assertTrue(months < 240, day + " is not within twenty years of the month first shown");
            String firstShown = waitFor(ExpectedConditions.presenceOfElementLocated(firstCell)).getAttribute("data-date");
            String button = day.isBefore(LocalDate.parse(firstShown)) ? " .fc-prev-button" : " .fc-next-button";
            chromium.findElement(By.cssSelector(calendar + button)).click();
            waitFor(driver -> {
                try {
                    return !driver.findElement(firstCell).getAttribute("data-date").equals(firstShown);
                } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException redrawn) {
                    return false;
                }
            });
        }
        return cell;
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core (Deque's engine, not ours) finds on the page shown, each
     * prefixed with {@code page} to say where it was found.
     */
    List<String> accessibilityViolations(String page) {
        assertNoScriptRefused();
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(chromium);
        return results.getViolations().stream()
                .map(rule -> page + ": " + rule.getId() + " on " + rule.getNodes().get(0).getTarget() + " ("
                        + rule.getNodes().get(0).getFailureSummary() + ")")
                .toList();
    }

    /**
     * Shows pages as a screen of {@code width} × {@code height} CSS pixels; {@code phone} also makes Chromium
     * honour the pages' viewport meta as a phone does. Through DevTools, because a headless window is
     * not made narrower than some 500 pixels.
     */
    void screen(int width, int height, boolean phone) {
        ((org.openqa.selenium.chromium.HasCdp) chromium).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
    }

    /**
     * Clicks at a point of the window (CSS pixels from its top left corner) as a mouse does, for what has
     * no element of its own to click: a time of a day in a calendar's week view.
     */
    void clickAt(int x, int y) {
        new org.openqa.selenium.interactions.Actions(chromium).moveToLocation(x, y).click().perform();
    }

    // The WebDriver and JavascriptExecutor of the Chromium running now (restart replaces it).

    @Override
    public void get(String address) {
        assertNoScriptRefused();
        chromium.get(address);
    }

    @Override
    public String getCurrentUrl() {
        return chromium.getCurrentUrl();
    }

    @Override
    public String getTitle() {
        return chromium.getTitle();
    }

    @Override
    public List<WebElement> findElements(By by) {
        return chromium.findElements(by);
    }

    @Override
    public WebElement findElement(By by) {
        return chromium.findElement(by);
    }

    @Override
    public String getPageSource() {
        return chromium.getPageSource();
    }

    @Override
    public void close() {
        chromium.close();
    }

    @Override
    public void quit() {
        try {
            assertNoScriptRefused();
        } finally {
            chromium.quit();
        }
    }

    @Override
    public Set<String> getWindowHandles() {
        return chromium.getWindowHandles();
    }

    @Override
    public String getWindowHandle() {
        return chromium.getWindowHandle();
    }

    @Override
    public TargetLocator switchTo() {
        return chromium.switchTo();
    }

    @Override
    public Navigation navigate() {
        return chromium.navigate();
    }

    @Override
    public Options manage() {
        return chromium.manage();
    }

    @Override
    public Object executeScript(String script, Object... args) {
        return ((JavascriptExecutor) chromium).executeScript(script, args);
    }

    @Override
    public Object executeAsyncScript(String script, Object... args) {
        return ((JavascriptExecutor) chromium).executeAsyncScript(script, args);
    }
}
