package hu.kozossegi.portal.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.BrowserTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The national office creates a coordinator for Zala, who signs in, must change the password and starts on a Zala dashboard. */
class AccountsBrowserTests extends BrowserTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void nationalOfficeCreatesAZalaCoordinatorWhoChangesTheOneTimePasswordAndLandsOnTheZalaDashboard() {
        String office = "iroda-" + System.nanoTime();
        TestUsers.persist(accounts, encoder, office, Role.NATIONAL_OFFICE, null, "orszagos-iroda-jelszo", false);
        String coordinator = "zala-koord-" + System.nanoTime();

        signIn(office, "orszagos-iroda-jelszo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Felhasználók")).click();
        checkAccessibility();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Új fiók")).click();
        checkAccessibility();
        page.getByLabel("Felhasználónév").fill(coordinator);
        page.getByLabel("Teljes név").fill("Zalai Zsófia");
        page.getByLabel("E-mail-cím").fill("zsofia@example.hu");
        page.getByLabel("Szerepkör").selectOption("COUNTY_COORDINATOR");
        page.getByLabel("Megye").selectOption("20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentés")).click();
        assertThat(page.locator("main")).containsText("A fiókot létrehoztuk.");
        checkAccessibility();
        screenshot("accounts-created");
        String oneTimePassword = page.locator("#one-time-password").textContent().trim();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kijelentkezés")).click();

        signIn(coordinator, oneTimePassword);
        assertThat(page).hasURL(url("/account/password"));
        assertThat(page.locator("main")).containsText("Egyszer használatos jelszóval jelentkezett be");
        checkAccessibility();
        page.getByLabel("Jelenlegi jelszó").fill(oneTimePassword);
        page.getByLabel("Új jelszó", new Page.GetByLabelOptions().setExact(true)).fill("zalai-domb-2026-tavasz");
        page.getByLabel("Új jelszó még egyszer").fill("zalai-domb-2026-tavasz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jelszó módosítása")).click();

        assertThat(page).hasURL(url("/dashboard"));
        assertThat(page.locator("main")).containsText("Zala megye");
        assertThat(page.locator("main")).containsText("megyei koordinátor");
        checkAccessibility();
        screenshot("accounts-zala-dashboard");
    }
}
