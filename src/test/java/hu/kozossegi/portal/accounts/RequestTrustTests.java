package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.Browserless;
import hu.kozossegi.portal.support.PortalServerTest;
import hu.kozossegi.portal.support.RawHttp;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the portal takes from the request, on the real server with the default settings: not the Host header
 * (redirect after sign-in, feed links), not a CSRF token in the URL, not X-Forwarded-For without a trusted
 * proxy; and no Secure cookie or HSTS unless the operator switches them on.
 */
@PortalServerTest
class RequestTrustTests {

    private static final String PASSWORD = "bizalom-jelszo-31";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private UserAccount account(String prefix) {
        return TestUsers.persist(accounts, encoder, prefix + "-" + System.nanoTime(), Role.COUNTY_DEVELOPER, "12",
                PASSWORD, false);
    }

    @Test
    void signInReturnsToTheAskedPageOnThePortalWhateverTheHostHeader() throws Exception {
        UserAccount user = account("hoszt");
        RawHttp client = new RawHttp(port, null).host("tamado.example");
        RawHttp.Response asked = client.get("/initiatives?q=a%7Cb");
        assertThat(asked.status()).isEqualTo(302);
        String token = Browserless.csrfToken(client.get("/login").body());
        RawHttp.Response signedIn = client.post("/login", "username", user.getUsername(), "password", PASSWORD,
                "_csrf", token);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.first("Location")).doesNotContain("tamado").startsWith("/initiatives?q=a%7Cb");
        assertThat(asked.first("Location")).isEqualTo("/login");
    }

    @Test
    void feedLinksUseTheConfiguredPublicUrlNotTheRequestsHost() throws Exception {
        Browserless browser = new Browserless(port);
        browser.signIn(account("naptar").getUsername(), PASSWORD);
        assertThat(browser.post("/events/calendar/feed-link", "/events/calendar").statusCode()).isEqualTo(302);
        String page = browser.get("/events/calendar").body();
        assertThat(page).contains("http://localhost:8080/events.ics?token=")
                .doesNotContain("localhost:" + port + "/events.ics");
        assertThat(browser.get("/events/calendar").body()).doesNotContain("events.ics?token=");
    }

    @Test
    void aCsrfTokenInTheQueryStringIsRefusedAndTheSameTokenInTheBodyIsAccepted() throws Exception {
        UserAccount user = account("csrf");
        RawHttp client = new RawHttp(port, null);
        client.post("/login", "username", user.getUsername(), "password", PASSWORD, "_csrf",
                Browserless.csrfToken(client.get("/login").body()));
        String token = Browserless.csrfToken(client.get("/account/password").body());
        String[] fields = {"currentPassword", PASSWORD, "newPassword", "uj-hosszu-jelszo-77",
            "confirmPassword", "uj-hosszu-jelszo-77"};
        assertThat(client.post("/account/password?_csrf=" + token, fields).status()).isEqualTo(403);
        assertThat(encoder.matches(PASSWORD, accounts.findById(user.getId()).orElseThrow().getPasswordHash())).isTrue();
        String[] withToken = {fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], "_csrf", token};
        assertThat(client.post("/account/password", withToken).status()).isEqualTo(302);
    }

    @Test
    void forwardedForIsIgnoredWithoutATrustedProxy() throws Exception {
        String username = "nincs-ilyen-" + System.nanoTime();
        RawHttp client = new RawHttp(port, null).header("X-Forwarded-For", "203.0.113.77");
        client.post("/login", "username", username, "password", "rossz", "_csrf",
                Browserless.csrfToken(client.get("/login").body()));
        assertThat(jdbc.sql("SELECT address FROM audit_log WHERE actor = ?").param(username).query(String.class)
                .single()).isEqualTo("127.0.0.1");
    }

    @Test
    void plainHttpByDefaultHasNoSecureCookieAndNoHsts() throws Exception {
        RawHttp.Response login = new RawHttp(port, null).get("/login");
        assertThat(login.all("Set-Cookie")).anyMatch(c -> c.startsWith("KKP_SESSION="))
                .noneMatch(c -> c.contains("Secure"));
        assertThat(login.first("Strict-Transport-Security")).isNull();
    }
}
