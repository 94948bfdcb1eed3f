package hu.kozossegi.portal.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The national office closes 2018 after the completeness check; the county coordinator then closes a running
 * initiative started in 2018 with an end date in 2019, and is refused (typed input kept) when moving its start.
 */
class YearLockBrowserTests extends BrowserTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void closingAYearLeavesItsRunningInitiativesClosableInTheNextYear() {
        // closing computes the whole year's report; on a loaded machine that takes longer than a page load
        page.setDefaultTimeout(60_000);
        jdbc.sql("UPDATE report_year SET closed = FALSE, closed_at = NULL, closed_by = NULL, snapshot = NULL"
                + " WHERE year = 2018").update();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String village = "Zárhegy " + suffix;
        TestData data = new TestData(jdbc);
        long settlement = data.settlement("02").set("name", village).insert();
        String title = "Futó kert " + suffix;
        long initiative = data.initiative(settlement).set("title", title).set("start_date", LocalDate.of(2018, 11, 5))
                .insert();
        data.link("initiative_theme").set("initiative_id", initiative).set("theme_code", "YOUTH").add();

        String office = "year-office-" + System.nanoTime();
        TestUsers.persist(accounts, encoder, office, Role.NATIONAL_OFFICE, null, "lezaras-jelszo-1", false);
        signIn(office, "lezaras-jelszo-1");
        visit("/admin/years/2018");
        assertThat(page.locator("#completeness")).isVisible();
        assertThat(page.locator("tr[data-county='02']")).containsText("Baranya");
        screenshot("year-close-check");
        page.getByRole(AriaRole.BUTTON, named("Az év lezárása")).click();
        assertThat(page.locator(".error-summary")).containsText("Erősítse meg, hogy átnézte a nyitott pontokat");
        checkAccessibility();
        screenshot("year-close-unconfirmed");
        page.getByLabel("Átnéztem a nyitott pontokat, és lezárom az évet").check();
        page.getByRole(AriaRole.BUTTON, named("Az év lezárása")).click();
        assertThat(page.locator(".notice-success")).hasText("A 2018. évet lezártuk.");
        checkAccessibility();
        screenshot("year-closed");
        page.getByRole(AriaRole.BUTTON, named("Kijelentkezés")).click();

        String coordinator = "year-coord-" + System.nanoTime();
        TestUsers.persist(accounts, encoder, coordinator, Role.COUNTY_COORDINATOR, "02", "lezaras-jelszo-2", false);
        signIn(coordinator, "lezaras-jelszo-2");
        visit("/initiatives/" + initiative + "/edit");
        assertThat(page.locator("#year-lock")).containsText("Kezdés dátuma");
        assertThat(page.locator("#year-lock")).containsText("a 2018. év beszámolója lezárult");
        screenshot("initiative-edit-locked-notice");
        page.getByLabel("Állapot").selectOption("CLOSED");
        page.getByLabel("Befejezés dátuma").fill("2019-03-31");
        page.getByRole(AriaRole.BUTTON, named("Mentés")).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".notice-success")).isVisible();
        screenshot("initiative-closed-next-year");

        visit("/initiatives/" + initiative + "/edit");
        page.getByLabel("Cím", new Page.GetByLabelOptions().setExact(true)).fill(title + " átnevezve");
        page.getByLabel("Kezdés dátuma").fill("2018-12-01");
        page.getByRole(AriaRole.BUTTON, named("Mentés")).click();
        assertThat(page.locator(".error-summary")).containsText("A 2018. év beszámolója lezárult");
        assertThat(page.locator("#startDate")).hasValue("2018-12-01");
        assertThat(page.getByLabel("Cím", new Page.GetByLabelOptions().setExact(true))).hasValue(title + " átnevezve");
        assertThat(page.locator("#endDate")).hasValue("2019-03-31");
        checkAccessibility();
        screenshot("initiative-start-refused");
    }
}
