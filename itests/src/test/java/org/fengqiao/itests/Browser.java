package org.fengqiao.itests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver: a fresh profile per browser, phone-sized by
 * default, its console kept so that a Content-Security-Policy violation fails the test that caused it.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension PHONE = new Dimension(412, 915);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Duration WAIT = Duration.ofSeconds(20);

    final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final List<String> console = new ArrayList<>();

    private Browser(String base) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "). Install them with: apt-get install -y chromium chromium-driver"
                    + " (./run-tests.sh does this on a fresh machine)");
        }
        this.base = base;
        this.profile = Files.createTempDirectory("fengqiao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + PHONE.width + ","
                        + PHONE.height, "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    static Browser open(int port) throws IOException {
        return new Browser("http://127.0.0.1:" + port);
    }

    /** Opens a path of the site ({@code /#/board/help}, {@code /console/#/}). */
    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Changes the hash only, as a click on a link does: the page is not loaded again. */
    Browser route(String hash) {
        js("location.hash = arguments[0]", hash);
        return this;
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitFor(String css) {
        return waitFor(By.cssSelector(css));
    }

    void waitUntil(String what, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> condition.get());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + "; the page shows:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text(String css) {
        return waitFor(css).getText();
    }

    void type(String id, String value) {
        WebElement input = waitFor(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Sets a control's value as a user's picker would (date-time pickers take no typing headless). */
    void set(String id, String value) {
        js("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
                id, value);
    }

    void click(String css) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** DevTools network emulation: the page is offline (navigator.onLine false, its requests fail) or online again. */
    void offline(boolean offline) {
        if (offline) {
            org.openqa.selenium.chromium.ChromiumNetworkConditions conditions =
                    new org.openqa.selenium.chromium.ChromiumNetworkConditions();
            conditions.setOffline(true);
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Saves the page at phone and desktop sizes under {@code target/screenshots/}. */
    void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("project.build.directory"), "screenshots"));
        for (Map.Entry<String, Dimension> size : Map.of("phone", PHONE, "desktop", DESKTOP).entrySet()) {
            driver.manage().window().setSize(size.getValue());
            js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + "-" + size.getKey() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(PHONE);
    }

    /** Browser console lines since the last call. */
    List<String> consoleLines() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
        List<String> lines = new ArrayList<>(console);
        console.clear();
        return lines;
    }

    /** Fails if the page broke its Content-Security-Policy (an inline script or style, eval, another origin). */
    void assertNoPolicyViolations() {
        List<String> violations = consoleLines().stream()
                .filter(l -> l.contains("Content Security Policy") || l.contains("Refused to")).toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations: " + violations);
        }
    }

    /** Violations of WCAG 2 A and AA rules that axe-core finds on the page now, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() throws IOException {
        if (js("return typeof window.axe") .equals("undefined")) {
            js(axeSource());
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3)}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]))");
        return violations.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes")).toList();
    }

    private static String axeSource() throws IOException {
        try (InputStream in = Browser.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
