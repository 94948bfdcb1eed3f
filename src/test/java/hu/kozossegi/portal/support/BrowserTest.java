package hu.kozossegi.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: Playwright for Java driving Debian's Chromium (no browser download), against the
 * application on a real port. {@link #visit} and {@link #checkAccessibility} run axe-core on each page and fail
 * on serious or critical violations. Screenshots go to {@code target/screenshots}.
 */
@PortalServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final List<String> CHROMIUM_CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromium()))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @BeforeEach
    void openPage() {
        page = browser.newContext(new Browser.NewContextOptions().setLocale("hu-HU")).newPage();
        page.setDefaultTimeout(15_000);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a path and checks the page with axe-core. */
    protected void visit(String path) {
        page.navigate(url(path));
        checkAccessibility();
    }

    /** Fails on any serious or critical axe-core violation of the current page. */
    protected void checkAccessibility() {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe).as("axe-core violations on %s: %s", page.url(), describe(severe)).isEmpty();
    }

    /** Signs in through the form like a person does. */
    protected void signIn(String username, String password) {
        visit("/login");
        page.getByLabel("Felhasználónév").fill(username);
        page.getByLabel("Jelszó", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.locator("form[action='/login'] button[type=submit]").click();
    }

    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String chromium() {
        return CHROMIUM_CANDIDATES.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Debian's chromium is needed for browser tests: apt-get install -y chromium (.ci/run does it)"));
    }
}
