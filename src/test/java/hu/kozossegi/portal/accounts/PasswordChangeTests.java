package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import hu.kozossegi.portal.accounts.internal.PortalUserDetailsServiceAccess;
import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class PasswordChangeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PortalUserDetailsServiceAccess users;

    private PortalUser account(String username, boolean mustChange) {
        UserAccount saved = TestUsers.persist(accounts, encoder, username, Role.COUNTY_COORDINATOR, "20",
                "egyszeri-jelszo-1", mustChange);
        return users.load(saved.getUsername());
    }

    @Test
    void oneTimePasswordLeadsOnlyToThePasswordPage() {
        PortalUser user = account("pw-must-" + System.nanoTime(), true);
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.as(user)))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/password");
        assertThat(mvc.get().uri("/account/password").with(TestUsers.as(user))).hasStatusOk()
                .bodyText().contains("Egyszer használatos jelszóval jelentkezett be");
    }

    @Test
    void validChangeStoresTheNewHashAndClearsTheFlag() {
        PortalUser user = account("pw-ok-" + System.nanoTime(), true);
        assertThat(mvc.post().uri("/account/password").with(TestUsers.as(user)).with(csrf())
                .param("currentPassword", "egyszeri-jelszo-1")
                .param("newPassword", "zalai-uj-jelszo-2026")
                .param("confirmPassword", "zalai-uj-jelszo-2026"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/dashboard");
        UserAccount stored = accounts.findByUsername(user.getUsername()).orElseThrow();
        assertThat(stored.isMustChangePassword()).isFalse();
        assertThat(encoder.matches("zalai-uj-jelszo-2026", stored.getPasswordHash())).isTrue();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void rulesAreShownAtTheFieldsAndNothingChanges() {
        PortalUser user = account("pw-bad-" + System.nanoTime(), false);
        assertThat(mvc.post().uri("/account/password").with(TestUsers.as(user)).with(csrf())
                .param("currentPassword", "rossz")
                .param("newPassword", "rovid")
                .param("confirmPassword", "mas"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Hiba: Jelszócsere")
                .contains("Hiba történt")
                .contains("Az új jelszó legalább 12 karakter legyen")
                .contains("A két új jelszó nem egyezik")
                .contains("aria-describedby=\"newPassword-hint newPassword-error\"");
        assertThat(encoder.matches("egyszeri-jelszo-1",
                accounts.findByUsername(user.getUsername()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void usernameAsPasswordAndWrongCurrentAreRefused() {
        String username = "pw-user-" + System.nanoTime() + "-x";
        PortalUser user = account(username, false);
        assertThat(mvc.post().uri("/account/password").with(TestUsers.as(user)).with(csrf())
                .param("currentPassword", "egyszeri-jelszo-1")
                .param("newPassword", username).param("confirmPassword", username))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Az új jelszó nem lehet azonos a felhasználónévvel");
        assertThat(mvc.post().uri("/account/password").with(TestUsers.as(user)).with(csrf())
                .param("currentPassword", "nem-ez-a-jelszo")
                .param("newPassword", "teljesen-uj-jelszo-1").param("confirmPassword", "teljesen-uj-jelszo-1"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("A jelenlegi jelszó nem megfelelő");
    }
}
