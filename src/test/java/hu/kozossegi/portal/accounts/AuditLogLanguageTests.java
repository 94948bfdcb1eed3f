package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The audit log reads in the reader's language (roles, counties, states and sign-in failures in words, times in
 * the Hungarian format), and an account's status is a plain list with no stray comma.
 */
@PortalIntegrationTest
class AuditLogLanguageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rolesStatesAndReasonsAreWordsInTheReadersLanguage() throws Exception {
        String actor = "naplo-" + System.nanoTime();
        audit.record(AuditType.ACCOUNT_DISABLED, actor, "127.0.0.1", "anna (COUNTY_COORDINATOR, 02, inactive)");
        audit.record(AuditType.SIGN_IN_FAILED, actor, "127.0.0.1", "disabled");
        audit.record(AuditType.YEAR_REOPENED, actor, "127.0.0.1", "2024: inactive counties corrected");

        Document hu = page("/admin/audit?actor=" + actor);
        assertThat(hu.select("tbody td").eachText()).contains("anna (megyei koordinátor, Baranya, letiltva)",
                "letiltott fiók", "Fiók letiltva", "2024: inactive counties corrected");
        assertThat(hu.select("tbody tr td:first-child").first().text()).matches("\\d{4}\\. \\d{2}\\. \\d{2}\\. \\d{2}:\\d{2}");
        assertThat(hu.select("main").text()).doesNotContain("COUNTY_COORDINATOR", ", disabled");

        Document en = page("/admin/audit?lang=en&actor=" + actor);
        assertThat(en.select("tbody td").eachText()).contains("anna (county coordinator, Baranya, disabled)",
                "disabled account", "Account disabled");
    }

    @Test
    void theAccountStatusIsAListWithoutALeadingComma() throws Exception {
        UserAccount account = TestUsers.persist(accounts, encoder, "allapot-" + System.nanoTime(),
                Role.COUNTY_DEVELOPER, "02", "allapot-jelszo-123", true);
        jdbc.sql("UPDATE user_account SET active = FALSE WHERE id = ?").param(account.getId()).update();
        Document form = page("/admin/users/" + account.getId() + "/edit");
        assertThat(form.select("dl.summary dd ul li").eachText()).containsExactly("letiltva",
                "jelszócsere szükséges");
        assertThat(form.select("dl.summary").text()).doesNotContain(", ");
    }

    private Document page(String uri) throws Exception {
        var response = mvc.get().uri(uri).with(TestUsers.national()).exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
