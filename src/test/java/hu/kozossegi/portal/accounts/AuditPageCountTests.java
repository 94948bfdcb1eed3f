package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The audit page's total is kept per filter and only the entries added since are counted (the log is
 * append-only): it stays exact as entries are added, and the page runs the same few statements for one entry
 * as for many.
 */
@PortalIntegrationTest
class AuditPageCountTests {

    static final int MAX = 10;

    @Autowired MockMvcTester mvc;
    @Autowired AuditLog audit;

    @Test
    void theTotalFollowsNewEntriesAndThePageRunsAFixedNumberOfStatements() {
        String actor = "szamlalt-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(AuditType.SIGN_IN, actor, "127.0.0.1", "egy");
        assertThat(audit.search(null, actor, null, null, PageRequest.of(0, 50)).getTotalElements()).isEqualTo(1);
        int one = statements("/admin/audit?actor=" + actor);
        for (int i = 0; i < 60; i++) {
            audit.record(i % 2 == 0 ? AuditType.SIGN_IN : AuditType.SIGN_IN_FAILED, actor, "127.0.0.1", "sok " + i);
        }
        assertThat(audit.search(null, actor, null, null, PageRequest.of(0, 50)).getTotalElements()).isEqualTo(61);
        assertThat(audit.search(AuditType.SIGN_IN_FAILED, actor, null, null, PageRequest.of(0, 50))
                .getTotalElements()).isEqualTo(30);
        audit.record(AuditType.SIGN_IN_FAILED, actor, "127.0.0.1", "még egy");
        assertThat(audit.search(AuditType.SIGN_IN_FAILED, actor, null, null, PageRequest.of(0, 50))
                .getTotalElements()).isEqualTo(31);
        assertThat(audit.search(null, actor, null, null, PageRequest.of(1, 50)).getContent()).hasSize(12);
        int many = statements("/admin/audit?actor=" + actor + "&page=1");
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(MAX);
    }

    private int statements(String uri) {
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(TestUsers.national())).hasStatusOk();
        return (int) SqlStatementCounter.count();
    }
}
