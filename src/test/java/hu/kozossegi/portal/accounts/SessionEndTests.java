package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.Browserless;
import hu.kozossegi.portal.support.PortalServerTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sessions in PostgreSQL end when the password changes or the account is disabled; sign-in gets a new id. */
@PortalServerTest
class SessionEndTests {

    private static final String PASSWORD = "munkamenet-jelszo-1";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private UserAccount account(String prefix, Role role, String county) {
        return TestUsers.persist(accounts, encoder, prefix + "-" + System.nanoTime(), role, county, PASSWORD, false);
    }

    private Browserless signedIn(UserAccount account) throws Exception {
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(account.getUsername(), PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/dashboard");
        assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
        return browser;
    }

    private static boolean signedOut(Browserless browser) throws Exception {
        HttpResponse<String> response = browser.get("/dashboard");
        return response.statusCode() == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    @Test
    void disablingAnAccountEndsAllItsSessions() throws Exception {
        UserAccount user = account("kitiltott", Role.COUNTY_COORDINATOR, "20");
        Browserless laptop = signedIn(user);
        Browserless phone = signedIn(user);
        Browserless office = signedIn(account("iroda", Role.NATIONAL_OFFICE, null));
        String edit = "/admin/users/" + user.getId() + "/edit";
        assertThat(office.post("/admin/users/" + user.getId(), edit, "fullName", "Kitiltott Kálmán",
                "role", "COUNTY_COORDINATOR", "countyCode", "20", "version", "0").statusCode()).isEqualTo(302);
        assertThat(signedOut(laptop)).isTrue();
        assertThat(signedOut(phone)).isTrue();
        assertThat(signedOut(office)).isFalse();
        assertThat(new Browserless(port).signIn(user.getUsername(), PASSWORD).headers().firstValue("Location")
                .orElseThrow()).endsWith("/login?error=1");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        UserAccount user = account("jelszocsere", Role.COUNTY_DEVELOPER, "20");
        Browserless other = signedIn(user);
        Browserless here = signedIn(user);
        HttpResponse<String> changed = here.post("/account/password", "/account/password",
                "currentPassword", PASSWORD, "newPassword", "uj-hosszu-jelszo-77", "confirmPassword", "uj-hosszu-jelszo-77");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(signedOut(other)).isTrue();
        assertThat(signedOut(here)).isFalse();
    }

    @Test
    void signInGivesANewSessionId() throws Exception {
        UserAccount user = account("uj-azonosito", Role.COUNTY_COORDINATOR, "20");
        Browserless browser = new Browserless(port);
        HttpResponse<String> login = browser.get("/login");
        String before = sessionCookie(login);
        HttpResponse<String> signedIn = browser.signIn(user.getUsername(), PASSWORD);
        String after = sessionCookie(signedIn);
        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("KKP_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(null);
    }
}
