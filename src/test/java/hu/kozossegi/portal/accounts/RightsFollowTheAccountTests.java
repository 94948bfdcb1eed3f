package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.Browserless;
import hu.kozossegi.portal.support.PortalServerTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Rights follow the account, not the session (DESIGN section 1): after the national office changes a user's
 * role or county, the user's open sessions (two real HTTP clients with their own cookies) lose the old rights
 * at their next request, and a session ends after its absolute lifetime however busy it is.
 */
@PortalServerTest
class RightsFollowTheAccountTests {

    private static final String PASSWORD = "jogok-koveti-9";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private UserAccount account(String prefix, Role role, String county) {
        return TestUsers.persist(accounts, encoder, prefix + "-" + System.nanoTime(), role, county, PASSWORD, false);
    }

    private Browserless signedIn(UserAccount account) throws Exception {
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(account.getUsername(), PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/dashboard");
        return browser;
    }

    private void change(Browserless office, UserAccount user, Role role, String county) throws Exception {
        long version = accounts.findById(user.getId()).orElseThrow().getVersion();
        HttpResponse<String> saved = office.post("/admin/users/" + user.getId(), "/admin/users/" + user.getId() + "/edit",
                "fullName", user.getFullName(), "role", role.name(), "countyCode", county == null ? "" : county,
                "active", "true", "version", String.valueOf(version));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users/" + user.getId() + "/edit");
    }

    @Test
    void aDemotedNationalOfficeUserLosesTheAdministrationInEveryOpenSession() throws Exception {
        UserAccount demoted = account("lefokozott", Role.NATIONAL_OFFICE, null);
        Browserless laptop = signedIn(demoted);
        Browserless phone = signedIn(demoted);
        assertThat(laptop.get("/admin/users").statusCode()).isEqualTo(200);
        String token = Browserless.csrfToken(laptop.get("/admin/users/new").body());
        String phoneToken = Browserless.csrfToken(phone.get("/admin/users/new").body());
        Browserless office = signedIn(account("iroda", Role.NATIONAL_OFFICE, null));

        change(office, demoted, Role.COUNTY_DEVELOPER, "12");

        assertThat(laptop.get("/admin/users").statusCode()).isNotEqualTo(200);
        String newUser = "uj-orszagos-" + System.nanoTime();
        HttpResponse<String> create = laptop.postWithToken("/admin/users", token, "username", newUser,
                "fullName", "Új Országos", "role", "NATIONAL_OFFICE", "countyCode", "", "active", "true");
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(phone.postWithToken("/admin/users", phoneToken, "username", newUser, "fullName", "Új Országos",
                "role", "NATIONAL_OFFICE", "countyCode", "", "active", "true").statusCode()).isEqualTo(403);
        assertThat(accounts.existsByUsernameIgnoreCase(newUser)).isFalse();

        // Signed in again, the account has exactly its new rights.
        Browserless again = signedIn(demoted);
        assertThat(again.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(again.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(office.get("/admin/users").statusCode()).as("the office's own session goes on").isEqualTo(200);
    }

    @Test
    void aCoordinatorMovedToAnotherCountyCanNoLongerEditTheOldCountysSettlement() throws Exception {
        long baranya = new TestData(jdbc).settlement("02").set("name", "Jogfalva " + System.nanoTime())
                .set("population", 300).insert();
        String name = jdbc.sql("SELECT name FROM settlement WHERE id = ?").param(baranya).query(String.class).single();
        UserAccount moved = account("athelyezett", Role.COUNTY_COORDINATOR, "02");
        Browserless session = signedIn(moved);
        String edit = "/settlements/" + baranya + "/edit";
        assertThat(session.get(edit).statusCode()).isEqualTo(200);
        String token = Browserless.csrfToken(session.get(edit).body());
        Browserless office = signedIn(account("iroda", Role.NATIONAL_OFFICE, null));

        change(office, moved, Role.COUNTY_COORDINATOR, "12");

        HttpResponse<String> write = session.postWithToken(edit, token, "name", "Átírt falu", "county", "02",
                "type", "VILLAGE", "population", "301", "version", "0");
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT name FROM settlement WHERE id = ?").param(baranya).query(String.class).single())
                .isEqualTo(name);
        assertThat(signedIn(moved).get(edit).statusCode()).as("signed in again: Nógrád rights").isEqualTo(403);
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActiveItIs() throws Exception {
        UserAccount user = account("hosszu", Role.COUNTY_DEVELOPER, "20");
        Browserless session = signedIn(user);
        assertThat(session.get("/dashboard").statusCode()).isEqualTo(200);
        // Eleven hours old: still signed in. Thirteen: the next request finds it ended.
        age(user, 11);
        assertThat(session.get("/dashboard").statusCode()).isEqualTo(200);
        age(user, 2);
        HttpResponse<String> after = session.get("/dashboard");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private void age(UserAccount user, int hours) {
        assertThat(jdbc.sql("UPDATE spring_session SET creation_time = creation_time - ? WHERE principal_name = ?")
                .params(hours * 3_600_000L, user.getUsername()).update()).isEqualTo(1);
    }
}
