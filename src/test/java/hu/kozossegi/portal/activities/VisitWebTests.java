package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class VisitWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private MockMvcRequestBuilder post(String uri, String county, String host, String visiting, String purpose) {
        return mvc.post().uri(uri).with(csrf()).param("visitDate", "2031-09-10").param("county", county)
                .param("hostSettlement", host).param("visitingSettlements", visiting)
                .param("otherParticipants", "12").param("purpose", purpose);
    }

    private long countWithPurpose(String purpose) {
        return jdbc.sql("SELECT count(*) FROM exchange_visit WHERE purpose = ?").param(purpose).query(Long.class)
                .single();
    }

    @Test
    void coordinatorRecordsAVisitAcrossCountyLinesAndItsTravellers() {
        String host = unique("Gyűrűfű");
        String guestA = unique("Szentes");
        String guestB = unique("Ózd");
        fixtures.settlement("02", host);
        fixtures.settlement("06", guestA);
        fixtures.settlement("05", guestB);
        String purpose = unique("A közösségi kert módszere");
        MvcTestResult result = mvc.perform(post("/visits/new", "02", host, guestA + "\n" + guestB + " (Borsod-Abaúj-Zemplén)",
                purpose).param("followUp", "IN_PROGRESS").param("followUpDate", "2031-12-01")
                .with(TestUsers.coordinator("02")));
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String location = result.getMvcResult().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/visits/".length()));
        assertThat(jdbc.sql("SELECT count(*) FROM exchange_visit_party WHERE visit_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);
        long worker = fixtures.worker("06", unique("Utazó Ubul"));
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri(location + "/workers").with(csrf()).param("workerId", String.valueOf(worker))
                    .with(TestUsers.developer("02"))).hasStatus(HttpStatus.FOUND);
        }
        assertThat(mvc.get().uri(location).with(TestUsers.developer("13"))).hasStatusOk().bodyText()
                .contains(host).contains(guestA).contains(guestB).contains("Utazó Ubul").contains("Folyamatban");
        assertThat(mvc.get().uri("/visits?county=06").with(TestUsers.developer("13"))).hasStatusOk().bodyText()
                .doesNotContain(host);
        assertThat(mvc.get().uri("/visits?county=02&year=2031&q=" + purpose.substring(purpose.length() - 8))
                .with(TestUsers.developer("13"))).hasStatusOk().bodyText().contains(host);
    }

    @Test
    void anotherCountyGets403AndNothingChanges() {
        String host = unique("Hosszúhetény");
        fixtures.settlement("02", host);
        String guest = unique("Vendég");
        fixtures.settlement("02", guest);
        String purpose = unique("Idegen cél");
        assertThat(mvc.perform(post("/visits/new", "02", host, guest, purpose).with(TestUsers.developer("13"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(countWithPurpose(purpose)).isZero();
        assertThat(mvc.perform(post("/visits/new", "02", host, guest, purpose).with(TestUsers.coordinator("02"))))
                .hasStatus(HttpStatus.FOUND);
        long id = jdbc.sql("SELECT id FROM exchange_visit WHERE purpose = ?").param(purpose).query(Long.class)
                .single();
        assertThat(mvc.perform(post("/visits/" + id + "/edit", "02", host, guest, "Átírva").param("version", "0")
                .with(TestUsers.coordinator("13")))).hasStatus(HttpStatus.FORBIDDEN);
        long worker = fixtures.worker("02", unique("Munkás"));
        assertThat(mvc.post().uri("/visits/" + id + "/workers").with(csrf()).param("workerId", String.valueOf(worker))
                .with(TestUsers.coordinator("13"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(countWithPurpose(purpose)).isOne();
    }

    @Test
    void unknownSettlementsAndBrokenRulesAreShownAtTheFields() {
        String host = unique("Fogadó");
        fixtures.settlement("02", host);
        String purpose = unique("Rossz");
        assertThat(mvc.perform(post("/visits/new", "02", host, "Sehollakfalva\n" + host, purpose)
                .param("followUp", "YES").param("followUpDate", "2030-01-01").with(TestUsers.coordinator("02"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Nincs ilyen nevű település a nyilvántartásban: Sehollakfalva").contains(purpose);
        String guest = unique("Látogató");
        fixtures.settlement("03", guest);
        assertThat(mvc.perform(post("/visits/new", "02", host, guest + "\n" + host, purpose)
                .param("followUp", "YES").param("followUpDate", "2030-01-01").with(TestUsers.coordinator("02"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("A fogadó település nem lehet a látogatók között")
                .contains("Az átvétel nem lehet korábbi a látogatásnál");
        assertThat(countWithPurpose(purpose)).isZero();
        assertThat(mvc.get().uri("/visits?year=abc").with(TestUsers.developer("02"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/visits/99999999").with(TestUsers.developer("02"))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aVisitHasAStatusShownInTheListAndDetailAndAFutureVisitCannotBeHeld() {
        String host = unique("Állapotfalva");
        String guest = unique("Vendégszeg");
        fixtures.settlement("04", host);
        fixtures.settlement("04", guest);
        String purpose = unique("Állapot próba");
        // 2031 is in the future: held is refused at the status field, the typed input kept.
        assertThat(mvc.perform(post("/visits/new", "04", host, guest, purpose).param("status", "HELD")
                .with(TestUsers.coordinator("04")))).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Jövőbeli látogatás nem lehet megtartott").contains(purpose.substring(purpose.length() - 8));
        assertThat(countWithPurpose(purpose)).isZero();
        assertThat(mvc.perform(post("/visits/new", "04", host, guest, purpose).param("status", "CANCELLED")
                .with(TestUsers.coordinator("04")))).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT status FROM exchange_visit WHERE purpose = ?").param(purpose).query(String.class)
                .single()).isEqualTo("CANCELLED");
        long id = jdbc.sql("SELECT id FROM exchange_visit WHERE purpose = ?").param(purpose).query(Long.class).single();
        assertThat(mvc.get().uri("/visits/" + id).with(TestUsers.developer("13"))).hasStatusOk().bodyText()
                .contains("<dd>Elmaradt</dd>");
        String tag = purpose.substring(purpose.length() - 8);
        assertThat(mvc.get().uri("/visits?county=04&status=CANCELLED&q=" + tag).with(TestUsers.developer("13")))
                .hasStatusOk().bodyText().contains(host).contains("Elmaradt");
        assertThat(mvc.get().uri("/visits?county=04&status=HELD&q=" + tag).with(TestUsers.developer("13")))
                .hasStatusOk().bodyText().doesNotContain(host);
        assertThat(mvc.get().uri("/visits?status=DONE").with(TestUsers.developer("13")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }
}
