package hu.kozossegi.portal.initiatives;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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
        fx.rows(60, g -> fx.initiative(big).set("title", unique("Sok kezdeményezés"))
                .set("start_date", LocalDate.of(2020, 1, 1).plusDays(g - 1))).insert();
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
        List<Long> reached = fx.rows(20, g -> fx.settlement("02").set("population", 800)).insert();
        fx.rows(reached, s -> fx.link("initiative_settlement").set("initiative_id", rich).set("settlement_id", s))
                .add();
        List<Long> workers = fx.rows(20, g -> fx.worker("02")).insert();
        fx.rows(workers, w -> fx.link("initiative_worker").set("initiative_id", rich).set("worker_id", w)).add();
        fx.rows(20, g -> fx.outcome(rich).set("name", "Klub " + g).set("achieved_on", LocalDate.of(2021, 1, 1)))
                .insert();
        fx.rows(20, g -> fx.note(rich).set("noted_on", LocalDate.of(2021, 1, 1).plusDays(g)).set("text", "ok"))
                .insert();
        fx.rows(20, g -> fx.link("initiative_funding").set("initiative_id", rich).set("position", g - 1)
                .set("source", "forrás").set("amount_huf", 1000)).add();
        statements("/initiatives/" + bare);
        int one = statements("/initiatives/" + bare);
        int many = statements("/initiatives/" + rich);
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(DETAIL_MAX);
    }
}
