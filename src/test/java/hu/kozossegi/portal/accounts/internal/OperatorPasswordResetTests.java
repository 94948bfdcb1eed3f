package hu.kozossegi.portal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The operator's command-line reset brings a locked, disabled national office account back. */
@PortalIntegrationTest
class OperatorPasswordResetTests {

    private static final Pattern ONE_TIME = Pattern.compile("One-time password \\(.*\\): (\\S+)");

    @Autowired
    OperatorPasswordReset reset;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult signIn(String address, String username, String password) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password).exchange();
    }

    @Test
    void resetUnlocksReenablesAndPrintsAOneTimePassword() {
        UserAccount national = TestUsers.persist(accounts, encoder, "orszagos-" + System.nanoTime(),
                Role.NATIONAL_OFFICE, null, "elfelejtett-jelszo-1", false);
        String address = "10.40.0.1";
        for (int i = 0; i < 5; i++) {
            signIn(address, national.getUsername(), "rossz-" + i);
        }
        jdbc.sql("UPDATE user_account SET active = FALSE WHERE id = ?").param(national.getId()).update();

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = reset.execute(List.of(national.getUsername()), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        Matcher password = ONE_TIME.matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(password.find()).isTrue();
        UserAccount after = accounts.findById(national.getId()).orElseThrow();
        assertThat(after.isActive()).isTrue();
        assertThat(after.isMustChangePassword()).isTrue();
        assertThat(signIn(address, national.getUsername(), password.group(1))).redirectedUrl().isEqualTo("/dashboard");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'PASSWORD_SET' AND detail = ?")
                .param(national.getUsername()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownUsernameChangesNothingAndExitsWithOne() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(reset.execute(List.of("nincs-ilyen-" + System.nanoTime()),
                new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("no account named");
        assertThat(reset.execute(List.of(), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }
}
