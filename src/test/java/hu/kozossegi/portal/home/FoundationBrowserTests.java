package hu.kozossegi.portal.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A Baranya coordinator signs in, sees the dashboard naming Baranya, switches to English and signs out. */
class FoundationBrowserTests extends BrowserTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void coordinatorSignsInSwitchesToEnglishAndSignsOut() {
        if (accounts.findByUsername("baranya-coordinator").isEmpty()) {
            TestUsers.persist(accounts, encoder, "baranya-coordinator", Role.COUNTY_COORDINATOR, "02", "demo", false);
        }
        visit("/");
        assertThat(page.locator("html")).hasAttribute("lang", "hu");
        assertThat(page.locator("h1")).hasText("Közösségi kezdeményezések hálózata");

        signIn("baranya-coordinator", "demo");
        assertThat(page).hasURL(url("/dashboard"));
        checkAccessibility();
        assertThat(page.locator("main")).containsText("Baranya");
        assertThat(page.locator("main")).containsText("megyei koordinátor");
        screenshot("foundation-dashboard-hu");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main")).containsText("county coordinator");
        checkAccessibility();
        screenshot("foundation-dashboard-en");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator("main")).containsText("You have signed out.");
        checkAccessibility();
        visit("/dashboard");
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryInFocus() {
        signIn("nincs-ilyen-felhasznalo", "rossz-jelszo");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Hiba: "));
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary")).containsText("Hiba történt");
        checkAccessibility();
        screenshot("foundation-login-error");
    }
}
