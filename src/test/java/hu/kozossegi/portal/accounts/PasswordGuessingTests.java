package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;


import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Guessing the current password on the password page costs the guesser like guessing at sign-in. */
@PortalIntegrationTest
class PasswordGuessingTests {

    private static final String PASSWORD = "regi-jo-jelszo-42";
    private static final String NEW_PASSWORD = "uj-hosszu-jelszo-77";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private UserAccount account(String prefix) {
        return TestUsers.persist(accounts, encoder, prefix + "-" + System.nanoTime(), Role.COUNTY_COORDINATOR, "05",
                PASSWORD, false);
    }

    private static RequestPostProcessor as(UserAccount account) {
        return TestUsers.as(new PortalUser(account.getId(), account.getUsername(), account.getFullName(),
                account.getRole(), account.getCountyCode(), "Megye", false, true, true, null));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MvcTestResult changePassword(UserAccount account, String address, String current) {
        return mvc.post().uri("/account/password").with(csrf()).with(as(account)).with(from(address))
                .param("currentPassword", current).param("newPassword", NEW_PASSWORD)
                .param("confirmPassword", NEW_PASSWORD).exchange();
    }

    @Test
    void guessesOfTheCurrentPasswordAreLimitedLikeSignIns() {
        UserAccount account = account("talalgato");
        String guesser = "10.30.0.1";
        for (int i = 0; i < 5; i++) {
            assertThat(changePassword(account, guesser, "talalgatas-" + i)).hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText().contains(i < 4 ? "A jelenlegi jelszó nem megfelelő" : "Túl sok hibás próbálkozás");
        }
        // The sixth try, even with the right current password, is refused and changes nothing.
        assertThat(changePassword(account, guesser, PASSWORD)).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Túl sok hibás próbálkozás");
        assertThat(encoder.matches(PASSWORD, accounts.findById(account.getId()).orElseThrow().getPasswordHash()))
                .isTrue();
        // The owner from another address changes it.
        assertThat(changePassword(account, "10.30.0.2", PASSWORD)).hasStatus(HttpStatus.FOUND);
        assertThat(encoder.matches(NEW_PASSWORD, accounts.findById(account.getId()).orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
