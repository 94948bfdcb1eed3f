package hu.kozossegi.portal.initiatives;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static hu.kozossegi.portal.support.TestData.unique;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A coordinator creates an initiative reaching two settlements, adds an outcome, finds it by year, then corrects
 * and removes the outcome.
 */
class InitiativeBrowserTests extends BrowserTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorCreatesAnInitiativeAddsAnOutcomeAndFindsItByYear() {
        TestData fx = new TestData(jdbc);
        String home = unique("Bükkösd");
        String other = unique("Hetvehely");
        fx.settlement("02", home);
        fx.settlement("02", other);
        String username = "ini-browser-" + System.nanoTime();
        TestUsers.persist(accounts, encoder, username, Role.COUNTY_COORDINATOR, "02", "kezdemenyezes-jelszo-1", false);
        signIn(username, "kezdemenyezes-jelszo-1");

        visit("/initiatives/new");
        String title = unique("Falusi közösségi kert");
        page.getByLabel("Cím", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Fő település").fill(home);
        page.getByLabel("1. további település").fill(other);
        page.getByLabel("Kezdés dátuma").fill("2019-04-15");
        page.getByLabel("fiatalok").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("main")).containsText(other);
        checkAccessibility();
        String detail = page.url();

        page.getByLabel("Az eredmény fajtája").selectOption("CLUB");
        page.getByLabel("Megnevezés").fill("Kertbarát klub");
        page.getByLabel("Az eredmény dátuma").fill("2020-05-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Eredmény rögzítése")).click();
        assertThat(page.locator("#outcomes + ul")).containsText("Kertbarát klub");
        screenshot("initiative-detail");

        visit("/initiatives?county=02&year=2020&q=" + title.substring(title.length() - 12));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        visit("/initiatives?county=02&year=2018&q=" + title.substring(title.length() - 12));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).hasCount(0);
        screenshot("initiative-list");

        page.navigate(detail);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Módosítás: Kertbarát klub")).click();
        assertThat(page.locator("h1")).hasText("Eredmény módosítása");
        checkAccessibility();
        page.getByLabel("Megnevezés").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator(".error-summary")).containsText("Adja meg az eredmény megnevezését");
        checkAccessibility();
        screenshot("outcome-edit-errors");
        page.getByLabel("Megnevezés").fill("Kertbarát kör");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator("main")).containsText("Az eredmény módosítását mentettük.");
        assertThat(page.locator("#outcomes + ul")).containsText("Kertbarát kör");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Törlés: Kertbarát kör")).click();
        assertThat(page.locator("h1")).hasText("Eredmény törlése");
        checkAccessibility();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Igen, törlöm")).click();
        assertThat(page.locator("main")).containsText("Az eredményt töröltük.");
        assertThat(page.locator("#outcomes + p")).hasText("Még nincs rögzített eredmény.");
    }
}
