package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.security.AccessRule.Outcome;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Phones: every page a role can open (every HTML GET route of {@link AccessRules}, with a real row of each kind)
 * is shown at 390 px, and none of them is wider than the screen, so nothing scrolls sideways. Wide tables scroll
 * inside their own focusable region instead. At 1280 px the main navigation fits on one line, or wraps with
 * more than one item on its last line. No page shows a date in ISO form (2024-03-01) rather than the user's.
 */
class SmallScreenBrowserTests extends BrowserTest {

    private static final String PASSWORD = "kis-kepernyo-jelszo-1";
    private static final int PHONE = 390;
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}-\\d{2}-\\d{2}\\b");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private final Map<Actor, String> usernames = new HashMap<>();
    private final Map<String, String> paths = new LinkedHashMap<>();

    @BeforeAll
    void rowsOfEveryKindAndOneAccountPerRole() {
        String suffix = Long.toString(System.nanoTime(), 36);
        for (Actor actor : List.of(Actor.NATIONAL_OFFICE, Actor.OWN_COORDINATOR, Actor.OWN_DEVELOPER)) {
            String username = "kis-" + actor.name().toLowerCase().replace('_', '-') + "-" + suffix;
            TestUsers.persist(accounts, encoder, username, actor.role, actor.county, PASSWORD, false);
            usernames.put(actor, username);
        }
        // A long programme name: the initiative list's programme filter once made that page 521 px wide.
        new TestData(jdbc).programme()
                .set("name", "Civil szervezetek kapacitásfejlesztése a hátrányos helyzetű kistérségekben " + suffix)
                .set("funder", "Norvég Civil Támogatási Alap").set("first_year", 2004).insert();
        for (AccessRule rule : AccessRules.RULES) {
            if (isPage(rule)) {
                Map<String, Object> given = new HashMap<>(rule.fixture == null ? Map.of()
                        : rule.fixture.create(jdbc, Actor.OWN_COUNTY));
                given.putIfAbsent("year", LocalDate.now().getYear() - 1);
                paths.put(rule.key(), RoutePatterns.expand(rule.pattern, Fixtures.missing(rule.pattern, given)));
            }
        }
    }

    @Test
    void noPageOfTheAnonymousVisitorScrollsSideways() {
        assertThat(tooWide(Actor.ANONYMOUS)).isEmpty();
    }

    @Test
    void noPageOfTheNationalOfficeScrollsSideways() {
        assertThat(tooWide(Actor.NATIONAL_OFFICE)).isEmpty();
    }

    @Test
    void noPageOfACountyCoordinatorScrollsSideways() {
        assertThat(tooWide(Actor.OWN_COORDINATOR)).isEmpty();
    }

    @Test
    void noPageOfACountyDeveloperScrollsSideways() {
        assertThat(tooWide(Actor.OWN_DEVELOPER)).isEmpty();
    }

    @Test
    void theMainNavigationLeavesNoLoneItemOnASecondLineAt1280Pixels() {
        for (Actor actor : List.of(Actor.NATIONAL_OFFICE, Actor.OWN_COORDINATOR)) {
            page.context().clearCookies();
            page.setViewportSize(1280, 800);
            signIn(usernames.get(actor), PASSWORD);
            page.navigate(url("/dashboard"));
            Locator items = page.locator(".main-nav li");
            List<Double> tops = new ArrayList<>();
            for (int i = 0; i < items.count(); i++) {
                tops.add(items.nth(i).boundingBox().y);
            }
            double lastTop = tops.get(tops.size() - 1);
            long onLastLine = tops.stream().filter(top -> Math.abs(top - lastTop) < 2).count();
            assertThat(onLastLine == tops.size() || onLastLine > 1)
                    .as("%s: navigation rows at %s", actor, tops).isTrue();
            screenshot("nav-1280-" + actor.name().toLowerCase());
        }
    }

    @Test
    void theHomePageNamesTheCountiesOnTheMapAndItsGlanceTableFitsAPhone() {
        page.setViewportSize(PHONE, 844);
        visit("/");
        var glance = page.locator("table.glance").boundingBox();
        assertThat(glance.x + glance.width).as("the glance table's right edge").isLessThanOrEqualTo(PHONE);
        assertThat(page.locator("table.glance thead th").last().isVisible()).isTrue();
        screenshot("home-390");
        page.setViewportSize(1280, 900);
        page.navigate(url("/"));
        assertThat(page.locator("svg.county-map text.county-label").count()).isEqualTo(20);
        page.locator(".home-map").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "home-map-1280.png")));
    }

    /**
     * The pages of {@code actor} that are wider than a 390 px phone (path to document width), and those that show
     * a date in ISO form.
     */
    private Map<String, Integer> tooWide(Actor actor) {
        page.setViewportSize(PHONE, 844);
        if (actor != Actor.ANONYMOUS) {
            signIn(usernames.get(actor), PASSWORD);
        }
        Map<String, Integer> wide = new LinkedHashMap<>();
        int visited = 0;
        for (AccessRule rule : AccessRules.RULES) {
            String path = paths.get(rule.key());
            if (path == null || rule.expected.apply(actor) != Outcome.ALLOWED) {
                continue;
            }
            page.navigate(url(path));
            visited++;
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
            if (width > viewport) {
                wide.put(path, width);
                screenshot("phone-" + actor.name().toLowerCase() + path.replaceAll("[^a-z0-9]+", "-"));
            }
            String text = page.locator("main").innerText();
            ISO_DATE.matcher(text).results().findFirst()
                    .ifPresent(iso -> wide.put(path + " shows a date in ISO form: " + iso.group(), 0));
        }
        assertThat(visited).as("pages of %s", actor).isGreaterThan(actor == Actor.ANONYMOUS ? 3 : 15);
        return wide;
    }

    /** An HTML page a person opens: a GET route that is no download, feed or error forward. */
    private static boolean isPage(AccessRule rule) {
        return "GET".equals(rule.method) && !rule.pattern.matches(".*\\.(pdf|xlsx|csv|ics|json|\\{format.*)$")
                && !rule.pattern.startsWith("/api/") && !rule.pattern.startsWith("/swagger")
                && !rule.pattern.contains("{fileId") && !"/error".equals(rule.pattern);
    }
}
