package hu.kozossegi.portal.practices;

import static org.assertj.core.api.Assertions.assertThat;

import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A practice links to the exchange visits its initiative hosted: where others came to learn it. */
@PortalIntegrationTest
class PracticeVisitsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePracticePageListsTheVisitsHostedByItsInitiative() {
        long host = fixtures.settlement("11", "VILLAGE");
        Practice p = fixtures.practice("11", host, "Látogatott " + System.nanoTime(), PracticeStatus.ACCREDITED);
        long visitor = fixtures.settlement("12", "TOWN");
        String visitorName = jdbc.sql("SELECT name FROM settlement WHERE id = ?").param(visitor).query(String.class)
                .single();
        long visit = jdbc.sql("""
                INSERT INTO exchange_visit (visit_date, county_code, host_settlement_id, host_initiative_id, purpose)
                VALUES (DATE '2026-04-17', '12', ?, ?, 'A módszer megismerése') RETURNING id""")
                .params(host, p.initiativeId()).query(Long.class).single();
        jdbc.sql("INSERT INTO exchange_visit_party (visit_id, settlement_id) VALUES (?, ?)").params(visit, visitor)
                .update();

        assertThat(mvc.get().uri("/good-practices/{id}", p.id())).hasStatusOk().bodyText()
                .contains("Tapasztalatcsere-látogatások").contains("2026. 04. 17.").contains(visitorName);
    }
}
