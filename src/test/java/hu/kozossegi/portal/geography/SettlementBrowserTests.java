package hu.kozossegi.portal.geography;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/** A coordinator creates a housing estate under a town of the county and finds it with an unaccented search. */
class SettlementBrowserTests extends BrowserTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorCreatesAHousingEstateAndFindsItWithoutAccents() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        String username = "tolna-koord-" + token;
        TestUsers.persist(accounts, encoder, username, Role.COUNTY_COORDINATOR, "17", "demo-jelszo-123", false);
        String town = "Szekszárd-" + token;
        new TestData(jdbc).settlement(town, "17", "COUNTY_CITY", null, 32000);

        signIn(username, "demo-jelszo-123");
        visit("/settlements");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Új település")).click();
        checkAccessibility();
        // first without the parent: the error summary names the field
        page.getByLabel("Név").fill("Újvárosi lakótelep " + token);
        page.getByLabel("Típus").selectOption("HOUSING_ESTATE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator(".error-summary")).containsText("Lakótelepnél adja meg a várost");
        assertThat(page.getByLabel("Név")).hasValue("Újvárosi lakótelep " + token);
        checkAccessibility();
        screenshot("settlement-form-error");

        page.getByLabel("Szülő település").fill(town);
        page.getByLabel("Lakosság").fill("4 200");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator("h1")).hasText("Újvárosi lakótelep " + token);
        assertThat(page.locator("main")).containsText("A települést rögzítettük.");
        assertThat(page.locator("main")).containsText(town);
        checkAccessibility();

        visit("/settlements");
        page.getByLabel("Keresés névre").fill("ujvarosi LAKOTELEP " + token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Szűrés")).click();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody")).containsText("lakótelep");
        checkAccessibility();
        screenshot("settlement-search");
    }
}
