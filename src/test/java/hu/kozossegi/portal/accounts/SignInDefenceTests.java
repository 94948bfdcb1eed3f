package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.concurrent.atomic.AtomicInteger;

import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Lockout per account and address with growing delays, throttling per address, the audit log of sign-ins and its append-only guard. */
@PortalIntegrationTest
class SignInDefenceTests {

    private static final String PASSWORD = "helyes-jelszo-2024";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Value("${portal.sign-in.failures-per-address:20}")
    int failuresPerAddress;

    /** Each test signs in from its own client address, so the per-address throttle of one does not touch another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String newAddress() {
        return "10.20.0." + ADDRESSES.incrementAndGet();
    }

    private MvcTestResult signIn(String address, String username, String password) {
        return mvc.post().uri("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password).exchange();
    }

    private UserAccount account(String prefix) {
        return TestUsers.persist(accounts, encoder, prefix + "-" + System.nanoTime(), Role.COUNTY_COORDINATOR, "02",
                PASSWORD, false);
    }

    private MvcTestResult failFiveTimes(String address, UserAccount account) {
        MvcTestResult last = null;
        for (int i = 0; i < 5; i++) {
            last = signIn(address, account.getUsername(), "rossz-jelszo-" + i);
            assertThat(last).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error=1");
        }
        return last;
    }

    private long lockSeconds(UserAccount account, String address) {
        return jdbc.sql("""
                SELECT round(extract(epoch FROM locked_until - last_failed_at)) FROM sign_in_failure
                WHERE account_id = ? AND client_address = ?""").params(account.getId(), address)
                .query(Long.class).single();
    }

    @Test
    void fiveFailuresLockTheAccountForThatAddressOnlyAndTheOwnerElsewhereStillGetsIn() {
        UserAccount account = account("zar");
        String attacker = newAddress();
        failFiveTimes(attacker, account);
        // Locked for the attacker's address: the right password gets the very same answer as a wrong one.
        assertThat(signIn(attacker, account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/login?error=1");
        assertThat(signIn(attacker, "nincs-ilyen-" + System.nanoTime(), PASSWORD)).redirectedUrl()
                .isEqualTo("/login?error=1");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'ACCOUNT_LOCKED' AND actor = ?")
                .param(account.getUsername()).query(Long.class).single()).isEqualTo(1);
        // The owner, from another address, signs in.
        assertThat(signIn(newAddress(), account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/dashboard");
    }

    @Test
    void oneAddressCannotKeepSixAccountsLockedForTheirOwners() {
        String attacker = newAddress();
        String owners = newAddress();
        for (int n = 0; n < 6; n++) {
            UserAccount account = account("hat-" + n);
            failFiveTimes(attacker, account);
            assertThat(signIn(attacker, account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/login?error=1");
            assertThat(signIn(owners, account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/dashboard");
        }
    }

    @Test
    void theDelayGrowsWithEachFurtherFailureFromTheSameAddress() {
        UserAccount account = account("novekvo");
        String address = newAddress();
        failFiveTimes(address, account);
        assertThat(lockSeconds(account, address)).isEqualTo(60);
        // While locked, failures neither count nor extend the lock.
        signIn(address, account.getUsername(), "rossz-zarva");
        assertThat(lockSeconds(account, address)).isEqualTo(60);
        long[] expected = {120, 240, 480, 960, 1920, 3600, 3600};
        for (long seconds : expected) {
            jdbc.sql("UPDATE sign_in_failure SET locked_until = now() - INTERVAL '1 second' WHERE account_id = ?")
                    .param(account.getId()).update();
            signIn(address, account.getUsername(), "rossz-ujra");
            assertThat(lockSeconds(account, address)).isEqualTo(seconds);
        }
    }

    @Test
    void nationalOfficeUnlocksAndTheUserSignsIn() {
        UserAccount account = account("felold");
        String address = newAddress();
        failFiveTimes(address, account);
        assertThat(mvc.get().uri("/admin/users?q=" + account.getUsername()).with(TestUsers.national()))
                .hasStatusOk().bodyText().contains("zárolva");
        assertThat(mvc.post().uri("/admin/users/" + account.getId() + "/unlock").with(TestUsers.national()).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(signIn(address, account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/dashboard");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'ACCOUNT_UNLOCKED' AND detail = ?")
                .param(account.getUsername()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void successResetsTheCountSoFailuresMustBeConsecutive() {
        UserAccount account = account("nullaz");
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            signIn(address, account.getUsername(), "rossz-jelszo-" + i);
        }
        assertThat(signIn(address, account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/dashboard");
        assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE account_id = ?").param(account.getId())
                .query(Long.class).single()).isZero();
        for (int i = 0; i < 4; i++) {
            signIn(address, account.getUsername(), "rossz-jelszo-" + i);
        }
        assertThat(signIn(address, account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/dashboard");
    }

    @Test
    void failuresOlderThanADayStartANewCount() {
        UserAccount account = account("ablak");
        String address = newAddress();
        for (int i = 0; i < 4; i++) {
            signIn(address, account.getUsername(), "rossz-jelszo-" + i);
        }
        jdbc.sql("UPDATE sign_in_failure SET last_failed_at = now() - INTERVAL '25 hours' WHERE account_id = ?")
                .param(account.getId()).update();
        signIn(address, account.getUsername(), "rossz-jelszo-x");
        assertThat(jdbc.sql("SELECT failures FROM sign_in_failure WHERE account_id = ?").param(account.getId())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(signIn(address, account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/dashboard");
    }

    @Test
    void anAddressThatKeepsFailingIsRefusedWith429WhateverTheUsername() {
        String address = newAddress();
        for (int i = 0; i < failuresPerAddress; i++) {
            assertThat(signIn(address, "talalgatas-" + i, "rossz")).hasStatus(HttpStatus.FOUND);
        }
        assertThat(signIn(address, "talalgatas-x", "rossz")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
        // Another address is not affected.
        assertThat(signIn(newAddress(), "talalgatas-y", "rossz")).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'SIGN_IN_THROTTLED' AND address = ?")
                .param(address).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void disabledAccountCannotSignInAndGetsTheCommonMessage() {
        UserAccount account = account("letiltott");
        jdbc.sql("UPDATE user_account SET active = FALSE WHERE id = ?").param(account.getId()).update();
        assertThat(signIn(newAddress(), account.getUsername(), PASSWORD)).redirectedUrl().isEqualTo("/login?error=1");
    }

    @Test
    void signInsAreAuditedWithTheirAddress() {
        UserAccount account = account("naplo");
        String address = newAddress();
        signIn(address, account.getUsername(), "rossz-jelszo");
        signIn(address, account.getUsername(), PASSWORD);
        assertThat(jdbc.sql("SELECT type FROM audit_log WHERE actor = ? AND address = ? ORDER BY id")
                .params(account.getUsername(), address).query(String.class).list())
                .containsExactly("SIGN_IN_FAILED", "SIGN_IN");
        assertThat(mvc.get().uri("/admin/audit?actor=" + account.getUsername()).with(TestUsers.national()))
                .hasStatusOk().bodyText().contains("Sikertelen bejelentkezés").contains(address);
    }

    @Test
    void theAuditLogRefusesUpdateAndDeleteInTheDatabase() {
        new TestData(jdbc).audit("ACCOUNT_CHANGED", "teszt").set("detail", "eredeti").insert();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET detail = 'hamis' WHERE actor = 'teszt'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE actor = 'teszt'").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void auditLogIsForTheNationalOfficeOnlyAndImpossibleDatesAreFieldErrors() {
        assertThat(mvc.get().uri("/admin/audit").with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/admin/audit?from=2024-02-30").with(TestUsers.national()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Adjon meg létező napot")
                .contains("value=\"2024-02-30\"");
        assertThat(mvc.get().uri("/admin/audit?from=2024-03-02&to=2024-03-01").with(TestUsers.national()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("A kezdő nap nem lehet a záró nap után");
    }
}
