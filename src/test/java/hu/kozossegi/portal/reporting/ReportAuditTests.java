package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Closing and reopening a year go into the portal's audit log with who, the year and the reason. */
@PortalIntegrationTest
class ReportAuditTests {

    private static final int YEAR = 2039;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void closingAndReopeningAreInTheAuditLogAndARefusedCloseIsNot() {
        assertThat(mvc.post().uri("/admin/years/" + YEAR + "/close").with(TestUsers.coordinator("17")).with(csrf()))
                .hasStatus(403);
        assertThat(entries()).isEmpty();

        var national = TestUsers.national();
        assertThat(mvc.post().uri("/admin/years/" + YEAR + "/close").param("confirmed", "true").with(national)
                .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/admin/years/" + YEAR + "/reopen").with(national).with(csrf())
                .param("reason", "Pótolt adatok " + YEAR)).hasStatus3xxRedirection();

        List<String> entries = entries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).startsWith("YEAR_CLOSED|").endsWith("|" + YEAR);
        assertThat(entries.get(1)).startsWith("YEAR_REOPENED|").endsWith("|" + YEAR + ": Pótolt adatok " + YEAR);
        String actor = entries.get(0).split("\\|")[1];
        assertThat(actor).isNotBlank().isNotEqualTo("anonymous");
        assertThat(entries.get(1).split("\\|")[1]).isEqualTo(actor);
    }

    private List<String> entries() {
        return jdbc.sql("""
                SELECT type || '|' || actor || '|' || detail FROM audit_log
                WHERE type IN ('YEAR_CLOSED', 'YEAR_REOPENED') AND (detail = ? OR detail LIKE ?)
                ORDER BY occurred_at, id""").params(String.valueOf(YEAR), YEAR + ": %")
                .query(String.class).list();
    }
}
