package hu.kozossegi.portal.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The list pages run the same small number of SQL statements for 25 rows as for 100. */
@PortalIntegrationTest
class ListStatementCountTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private String prefix;

    @BeforeEach
    void data() {
        prefix = "Számláló " + UUID.randomUUID().toString().substring(0, 8);
        TestData data = new TestData(jdbc);
        List<Long> villages = data.rows(120, g -> data.settlement("17").set("name", prefix + " " + g)
                .set("population", g)).insert();
        data.rows(120, g -> data.worker("17").set("full_name", prefix + " " + g)
                .set("settlement_id", villages.get(g - 1)).set("email", "w" + g + "@example.hu")
                .set("phone", "+36 30 123 4567")).insert();
    }

    @BeforeEach
    void warmUp() {
        // The first request of a JVM loads reference data (counties) once; count only steady-state requests.
        statements("/settlements?size=1");
        statements("/workers?size=1");
    }

    /** The statements of a steady-state request: the first one of a filter computes the kept total. */
    private long statements(String uri) {
        assertThat(mvc.get().uri(uri).with(TestUsers.coordinator("17"))).hasStatusOk();
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(TestUsers.coordinator("17"))).hasStatusOk();
        return SqlStatementCounter.count();
    }

    @Test
    void settlementListAndSearch() {
        long small = statements("/settlements?q=" + prefix + "&size=25");
        long big = statements("/settlements?q=" + prefix + "&size=100");
        assertThat(small).isPositive().isLessThanOrEqualTo(6).isEqualTo(big);
        assertThat(statements("/settlements?size=100&sort=county")).isEqualTo(small);
    }

    @Test
    void workerList() {
        long small = statements("/workers?county=17&q=" + prefix + "&size=25");
        long big = statements("/workers?county=17&q=" + prefix + "&size=100");
        assertThat(small).isPositive().isLessThanOrEqualTo(6).isEqualTo(big);
    }

    @Test
    void settlementDetailIsBounded() {
        long id = jdbc.sql("SELECT id FROM settlement WHERE name = ?").param(prefix + " 1").query(Long.class).single();
        assertThat(statements("/settlements/" + id)).isLessThanOrEqualTo(8);
    }
}
