import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Loads pages in headless Chromium and reads, from the page's own clock (performance.now() from the start of the
 * navigation), when the page became usable: its main heading drawn. Weight: bytes transferred (compressed, headers
 * included) and decoded, over the document and every resource. Cold: a new browser with an empty profile per load;
 * warm: the same page again in that browser.
 */
public class WebBench {

    private static final String USABLE = "const selector = arguments[0]; const done = arguments[arguments.length - 1];"
            + " const check = () => document.querySelector(selector)"
            + " ? done([performance.now(), performance.getEntries().filter(e => e.transferSize !== undefined)"
            + ".reduce((a, e) => [a[0] + e.transferSize, a[1] + (e.decodedBodySize || 0)], [0, 0])])"
            + " : requestAnimationFrame(check); check();";

    record Sample(double usableMs, double transferred, double decoded) {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + args[0];
        String ticket = args[1];
        int loads = Integer.parseInt(args[2]);
        Map<String, String[]> pages = new java.util.LinkedHashMap<>();
        pages.put("no-op: /ui/icon.svg", new String[] {"/ui/icon.svg", "svg"});
        pages.put("portal front page /", new String[] {"/", "main h1"});
        pages.put("board list /#/board/household", new String[] {"/#/board/household", "main .tickets, main .empty"});
        pages.put("ticket /#/ticket/" + ticket, new String[] {"/#/ticket/" + ticket, "main .ticket-title"});
        pages.put("figures /#/figures (ECharts)", new String[] {"/#/figures", "#chart-board canvas"});
        pages.put("staff console sign-in /console/", new String[] {"/console/", "main h1"});
        pages.put("field app /field/", new String[] {"/field/", "main h1"});
        System.out.printf("%-36s %12s %12s %12s %12s %12s%n", "page (" + loads + " loads each)", "cold p50 ms",
                "cold max ms", "warm p50 ms", "KB moved", "KB decoded");
        for (Map.Entry<String, String[]> page : pages.entrySet()) {
            List<Sample> cold = new ArrayList<>();
            List<Sample> warm = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                Path profile = Files.createTempDirectory("web-bench-");
                ChromeDriver browser = browser(profile);
                try {
                    cold.add(load(browser, base + page.getValue()[0], page.getValue()[1]));
                    browser.get("about:blank");
                    warm.add(load(browser, base + page.getValue()[0], page.getValue()[1]));
                } finally {
                    browser.quit();
                    try (var files = Files.walk(profile)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
            System.out.printf("%-36s %12.0f %12.0f %12.0f %12.1f %12.1f%n", page.getKey(), median(cold), max(cold),
                    median(warm), cold.get(0).transferred() / 1024, cold.get(0).decoded() / 1024);
        }
    }

    private static ChromeDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=412,915");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @SuppressWarnings("unchecked")
    private static Sample load(ChromeDriver browser, String url, String selector) {
        browser.get(url);
        List<Number> answer = (List<Number>) ((JavascriptExecutor) browser).executeAsyncScript(USABLE, selector);
        List<Number> bytes = (List<Number>) (Object) answer.get(1);
        return new Sample(answer.get(0).doubleValue(), bytes.get(0).doubleValue(), bytes.get(1).doubleValue());
    }

    private static double median(List<Sample> samples) {
        List<Double> sorted = samples.stream().map(Sample::usableMs).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Sample> samples) {
        return samples.stream().mapToDouble(Sample::usableMs).max().orElse(0);
    }
}
