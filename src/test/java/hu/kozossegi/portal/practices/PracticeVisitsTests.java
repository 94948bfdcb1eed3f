package hu.kozossegi.portal.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
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
        TestData data = new TestData(jdbc);
        long visit = data.visit("12", host).set("visit_date", LocalDate.of(2026, 4, 17))
                .set("host_initiative_id", p.initiativeId()).set("purpose", "A módszer megismerése").insert();
        data.link("exchange_visit_party").set("visit_id", visit).set("settlement_id", visitor).add();

        assertThat(mvc.get().uri("/good-practices/{id}", p.id())).hasStatusOk().bodyText()
                .contains("Tapasztalatcsere-látogatások").contains("2026. 04. 17.").contains(visitorName);
    }
}
