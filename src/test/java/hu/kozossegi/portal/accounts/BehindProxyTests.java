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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The production settings behind a TLS-terminating reverse proxy on this machine: the client address comes from
 * X-Forwarded-For of the trusted proxy only, so clients behind it do not share one throttle or lockout; the
 * session cookie is Secure and HSTS is sent. The "proxy" is this test speaking from 127.0.0.1.
 */
@PortalServerTest
@TestPropertySource(properties = {"portal.security.trusted-proxies=127.0.0.1,::1",
    "portal.security.secure-cookies=true"})
class BehindProxyTests {

    private static final String PASSWORD = "proxy-mogott-44";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Value("${portal.sign-in.failures-per-address:20}")
    int failuresPerAddress;

    private static int clients;

    /** A browser behind the proxy: the proxy adds the client's address and that it came over https. */
    private RawHttp client() {
        clients++;
        return new RawHttp(port, null).host("portal.example.hu")
                .header("X-Forwarded-For", "198.51.100." + clients).header("X-Forwarded-Proto", "https");
    }

    private static RawHttp.Response signIn(RawHttp client, String username, String password) throws Exception {
        return client.post("/login", "username", username, "password", password, "_csrf",
                Browserless.csrfToken(client.get("/login").body()));
    }

    private UserAccount account(String prefix) {
        return TestUsers.persist(accounts, encoder, prefix + "-" + System.nanoTime(), Role.NATIONAL_OFFICE, null,
                PASSWORD, false);
    }

    @Test
    void oneClientsFailuresDoNotThrottleTheOthersBehindTheSameProxy() throws Exception {
        RawHttp guesser = client();
        for (int i = 0; i < failuresPerAddress; i++) {
            assertThat(signIn(guesser, "talalgatas-" + i, "rossz").status()).isEqualTo(302);
        }
        assertThat(signIn(guesser, "talalgatas-x", "rossz").status()).isEqualTo(429);
        UserAccount owner = account("tulaj");
        RawHttp.Response ownerIn = signIn(client(), owner.getUsername(), PASSWORD);
        assertThat(ownerIn.first("Location")).endsWith("/dashboard");
        assertThat(jdbc.sql("SELECT address FROM audit_log WHERE actor = ? AND type = 'SIGN_IN'")
                .param(owner.getUsername()).query(String.class).single()).startsWith("198.51.100.");
    }

    @Test
    void aLockoutBehindTheProxyHoldsForTheGuessingClientOnly() throws Exception {
        UserAccount national = account("orszagos");
        RawHttp guesser = client();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(guesser, national.getUsername(), "rossz-" + i).first("Location")).endsWith("/login?error=1");
        }
        assertThat(signIn(guesser, national.getUsername(), PASSWORD).first("Location")).endsWith("/login?error=1");
        assertThat(signIn(client(), national.getUsername(), PASSWORD).first("Location")).endsWith("/dashboard");
    }

    @Test
    void aPeerThatIsNotATrustedProxyCannotChooseItsAddress() throws Exception {
        String username = "hamis-cim-" + System.nanoTime();
        RawHttp spoofer = new RawHttp(port, "127.0.0.2").header("X-Forwarded-For", "203.0.113.66");
        signIn(spoofer, username, "rossz");
        assertThat(jdbc.sql("SELECT address FROM audit_log WHERE actor = ?").param(username).query(String.class)
                .single()).isEqualTo("127.0.0.2");
    }

    @Test
    void theSessionCookieIsSecureAndHstsIsSent() throws Exception {
        RawHttp.Response login = client().get("/login");
        assertThat(login.all("Set-Cookie")).anyMatch(c -> c.startsWith("KKP_SESSION=") && c.contains("Secure")
                && c.contains("HttpOnly"));
        assertThat(login.first("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
        // Even a request that reached the portal without the proxy's https mark.
        assertThat(new RawHttp(port, null).get("/login").first("Strict-Transport-Security")).isNotNull();
    }
}
