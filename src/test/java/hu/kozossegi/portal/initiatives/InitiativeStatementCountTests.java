package hu.kozossegi.portal.initiatives;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** List and detail pages run a fixed number of SQL statements, however many rows and children there are. */
@PortalIntegrationTest
class InitiativeStatementCountTests {

    static final int LIST_MAX = 10;
    /** The page's own ten, and the sections other modules add (organisations: one, two for a writer). */
    static final int DETAIL_MAX = 12;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** The statements of a steady-state request: the first one of a filter computes the kept total. */
    private int statements(String uri) {
        assertThat(mvc.get().uri(uri).with(TestUsers.developer("07"))).hasStatusOk();
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(TestUsers.developer("07"))).hasStatusOk();
        return (int) SqlStatementCounter.count();
    }

    @Test
    void listStatementsDoNotGrowWithRows() {
        TestData fx = new TestData(jdbc);
        long small = fx.settlement("02", unique("Kevés"));
        long big = fx.settlement("02", unique("Sok"));
        fx.initiative(small, unique("Egyetlen"), "RUNNING", LocalDate.of(2020, 1, 1), null);
        for (int i = 0; i < 60; i++) {
            fx.initiative(big, unique("Sok kezdeményezés"), "RUNNING", LocalDate.of(2020, 1, 1).plusDays(i), null);
        }
        statements("/initiatives?settlement=" + small);
        int one = statements("/initiatives?settlement=" + small);
        int many = statements("/initiatives?settlement=" + big + "&year=2020&page=1");
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(LIST_MAX);
    }

    @Test
    void detailStatementsDoNotGrowWithChildren() {
        TestData fx = new TestData(jdbc);
        long home = fx.settlement("02", unique("Otthon"));
        long bare = fx.initiative(home, unique("Csupasz"), "RUNNING", LocalDate.of(2020, 1, 1), null);
        long rich = fx.initiative(home, unique("Gazdag"), "RUNNING", LocalDate.of(2020, 1, 1), null);
        for (int i = 0; i < 20; i++) {
            long s = fx.settlement("02", unique("Elért"));
            jdbc.sql("INSERT INTO initiative_settlement VALUES (?, ?)").params(rich, s).update();
            long w = fx.worker("02", unique("Munkás"));
            jdbc.sql("INSERT INTO initiative_worker VALUES (?, ?)").params(rich, w).update();
            jdbc.sql("INSERT INTO initiative_outcome (initiative_id, type, name, achieved_on) VALUES (?, 'CLUB', ?, ?)")
                    .params(rich, "Klub " + i, LocalDate.of(2021, 1, 1)).update();
            jdbc.sql("INSERT INTO progress_note (initiative_id, noted_on, text, author) VALUES (?, ?, 'ok', 'x')")
                    .params(rich, LocalDate.of(2021, 1, 1).plusDays(i)).update();
            jdbc.sql("INSERT INTO initiative_funding VALUES (?, ?, 'forrás', 1000)").params(rich, i).update();
        }
        statements("/initiatives/" + bare);
        int one = statements("/initiatives/" + bare);
        int many = statements("/initiatives/" + rich);
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(DETAIL_MAX);
    }
}
