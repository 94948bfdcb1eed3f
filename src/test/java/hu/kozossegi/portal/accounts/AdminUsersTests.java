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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class AdminUsersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    @Test
    void nationalOfficeCreatesACountyAccountWithAGeneratedOneTimePassword() {
        String username = unique("zala-uj");
        MvcTestResult result = mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .param("username", username).param("fullName", "Zalai Zoltán").param("email", "zz@example.hu")
                .param("role", "COUNTY_COORDINATOR").param("countyCode", "20").param("password", "").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String oneTime = (String) result.getMvcResult().getFlashMap().get("oneTimePassword");
        assertThat(oneTime).hasSize(16);
        UserAccount saved = accounts.findByUsername(username).orElseThrow();
        assertThat(saved.isMustChangePassword()).isTrue();
        assertThat(saved.getCountyCode()).isEqualTo("20");
        assertThat(encoder.matches(oneTime, saved.getPasswordHash())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'ACCOUNT_CREATED' AND detail LIKE ?")
                .param(username + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void countyRoleWithoutCountyAndTakenUsernameAreFieldErrorsWithInputKept() {
        TestUsers.persist(accounts, encoder, "foglalt-nev", Role.COUNTY_DEVELOPER, "02", "hosszu-jelszo-123", false);
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .param("username", "foglalt-nev").param("fullName", "Kis Éva <b>").param("role", "COUNTY_DEVELOPER")
                .param("countyCode", ""))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Ez a felhasználónév már foglalt")
                .contains("Megyei szerepkörhöz válasszon megyét")
                .contains("value=\"Kis &Eacute;va &lt;b&gt;\"").doesNotContain("Kis Éva <b>");
    }

    @Test
    void commonOrShortPasswordIsRefused() {
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .param("username", unique("gyakori")).param("fullName", "Gyakori Géza").param("role", "NATIONAL_OFFICE")
                .param("password", "1qaz2wsx3edc"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("a leggyakoribb jelszavak között");
    }

    @Test
    void listFiltersByCountyRoleAndActiveInSql() {
        String name = unique("szurt");
        TestUsers.persist(accounts, encoder, name, Role.COUNTY_DEVELOPER, "17", "hosszu-jelszo-123", false);
        assertThat(mvc.get().uri("/admin/users?county=17&role=COUNTY_DEVELOPER&active=true&q=" + name)
                .with(TestUsers.national())).hasStatusOk().bodyText().contains("<td>" + name + "</td>");
        assertThat(mvc.get().uri("/admin/users?county=18&q=" + name).with(TestUsers.national()))
                .hasStatusOk().bodyText().doesNotContain("<td>" + name + "</td>");
        assertThat(mvc.get().uri("/admin/users?active=false&q=" + name).with(TestUsers.national()))
                .hasStatusOk().bodyText().doesNotContain("<td>" + name + "</td>");
    }

    @Test
    void editingWithAStaleVersionAnswers409KeepingTheTypedInputWithTheComparison() throws Exception {
        UserAccount account = TestUsers.persist(accounts, encoder, unique("utkozes"), Role.COUNTY_COORDINATOR, "02",
                "hosszu-jelszo-123", false);
        String uri = "/admin/users/" + account.getId();
        assertThat(mvc.post().uri(uri).with(TestUsers.national()).with(csrf()).param("fullName", "Első Módosítás")
                .param("role", "COUNTY_COORDINATOR").param("countyCode", "02").param("active", "true")
                .param("version", "0")).hasStatus(HttpStatus.FOUND);
        MvcTestResult stale = mvc.post().uri(uri).with(TestUsers.national()).with(csrf())
                .param("fullName", "Második <b>Módosítás</b>").param("role", "COUNTY_DEVELOPER")
                .param("countyCode", "03").param("active", "true").param("version", "0").exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        var page = org.jsoup.Jsoup.parse(stale.getResponse().getContentAsString());
        assertThat(page.select("input[name=fullName]").val()).isEqualTo("Második <b>Módosítás</b>");
        assertThat(page.select("select[name=role] option[selected]").val()).isEqualTo("COUNTY_DEVELOPER");
        assertThat(page.select("select[name=countyCode] option[selected]").val()).isEqualTo("03");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(page.select(".notice-warning h2").text()).isEqualTo("Valaki más időközben módosította ezt a fiókot");
        assertThat(page.select(".notice-warning tbody tr").eachText()).containsExactly(
                "Teljes név Első Módosítás Második <b>Módosítás</b>",
                "Szerepkör megyei koordinátor megyei fejlesztő", "Megye Baranya Bács-Kiskun");
        UserAccount after = accounts.findById(account.getId()).orElseThrow();
        assertThat(after.getFullName()).isEqualTo("Első Módosítás");
        assertThat(after.getRole()).isEqualTo(Role.COUNTY_COORDINATOR);
    }

    @Test
    void aMissingOrMalformedVersionIs400AfterTheRightsCheck() {
        UserAccount account = TestUsers.persist(accounts, encoder, unique("verzio"), Role.COUNTY_COORDINATOR, "02",
                "hosszu-jelszo-123", false);
        String uri = "/admin/users/" + account.getId();
        assertThat(mvc.post().uri(uri).with(TestUsers.coordinator("02")).with(csrf()).param("fullName", "X")
                .param("role", "COUNTY_COORDINATOR").param("version", "abc")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri(uri).with(TestUsers.national()).with(csrf()).param("fullName", "X")
                .param("role", "COUNTY_COORDINATOR").param("countyCode", "02").param("version", "abc"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(accounts.findById(account.getId()).orElseThrow().getFullName()).isNotEqualTo("X");
    }

    @Test
    void disablingKeepsTheAccountAndWritesTheAuditLog() {
        UserAccount account = TestUsers.persist(accounts, encoder, unique("tiltott"), Role.COUNTY_COORDINATOR, "02",
                "hosszu-jelszo-123", false);
        assertThat(mvc.post().uri("/admin/users/" + account.getId()).with(TestUsers.national()).with(csrf())
                .param("fullName", "Tiltott Tamás").param("role", "COUNTY_COORDINATOR").param("countyCode", "02")
                .param("version", "0")).hasStatus(HttpStatus.FOUND);
        assertThat(accounts.findById(account.getId()).orElseThrow().isActive()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'ACCOUNT_DISABLED' AND detail LIKE ?")
                .param(account.getUsername() + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void countyStaffCannotReachAdministrationAndNothingChanges() {
        UserAccount account = TestUsers.persist(accounts, encoder, unique("vedett"), Role.COUNTY_COORDINATOR, "02",
                "hosszu-jelszo-123", false);
        assertThat(mvc.get().uri("/admin/users").with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/users/" + account.getId()).with(TestUsers.coordinator("02")).with(csrf())
                .param("fullName", "Feltört").param("role", "NATIONAL_OFFICE").param("version", "0"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/users/" + account.getId() + "/password").with(TestUsers.developer("02"))
                .with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
        UserAccount after = accounts.findById(account.getId()).orElseThrow();
        assertThat(after.getFullName()).isEqualTo("Teszt " + account.getUsername());
        assertThat(after.getRole()).isEqualTo(Role.COUNTY_COORDINATOR);
        assertThat(after.getVersion()).isZero();
    }

    @Test
    void unknownAccountIs404AndMalformedIdIs400() {
        assertThat(mvc.get().uri("/admin/users/987654321/edit").with(TestUsers.national())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/users/abc/edit").with(TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void accountPageShowsOwnDataAndLinksToPasswordChange() {
        assertThat(mvc.get().uri("/account").with(TestUsers.developer("12"))).hasStatusOk().bodyText()
                .contains("megyei fejlesztő").contains("Megye 12").contains("Jelszó módosítása");
    }

    @Test
    void theNationalOfficeCannotDisableOrDemoteItself() {
        UserAccount office = TestUsers.persist(accounts, encoder, unique("onmaga"), Role.NATIONAL_OFFICE, null,
                "hosszu-jelszo-123", false);
        PortalUser me = new PortalUser(office.getId(), office.getUsername(), "Önmaga", Role.NATIONAL_OFFICE, null, null,
                false, true, true, "{noop}x");
        assertThat(mvc.post().uri("/admin/users/" + office.getId()).with(TestUsers.as(me)).with(csrf())
                .param("fullName", "Önmaga").param("role", "NATIONAL_OFFICE").param("version", "0"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("A saját fiókját nem tilthatja le");
        assertThat(accounts.findById(office.getId()).orElseThrow().isActive()).isTrue();
    }
}
