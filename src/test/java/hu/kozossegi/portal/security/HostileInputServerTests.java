package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.Browserless;
import hu.kozossegi.portal.support.PortalServerTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Oversized input over real HTTP (Tomcat): a 4xx page with a message the user can act on, never a 500. */
@PortalServerTest
class HostileInputServerTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void overAMegabyteInATextFieldGives413WithAMessage() throws Exception {
        String username = "nagy-" + System.nanoTime();
        TestUsers.persist(accounts, encoder, username, Role.NATIONAL_OFFICE, null, "nagy-urlap-jelszo-1", false);
        Browserless browser = new Browserless(port);
        browser.signIn(username, "nagy-urlap-jelszo-1");
        HttpResponse<String> response = browser.post("/admin/users", "/admin/users/new", "username", "valaki",
                "fullName", "A".repeat(1100 * 1024), "role", "NATIONAL_OFFICE");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("nagyobb a megengedettnél").doesNotContain("Exception");
    }
}
