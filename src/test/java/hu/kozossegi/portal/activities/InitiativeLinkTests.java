package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
import org.unbescape.html.HtmlEscape;

/** Events and exchange visits linked to initiatives: typed titles resolved on the server, without JavaScript. */
@PortalIntegrationTest
class InitiativeLinkTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private MockMvcRequestBuilder consultation(String uri, String title, String initiative) {
        return mvc.post().uri(uri).with(csrf()).param("kind", "CONSULTATION").param("title", title)
                .param("county", "02").param("startsAt", "2032-04-07T14:00").param("endsAt", "2032-04-07T15:30")
                .param("status", "SCHEDULED").param("saveAnyway", "true").param("initiativeTitle", initiative);
    }

    private MockMvcRequestBuilder visit(String uri, String host, String purpose) {
        return mvc.post().uri(uri).with(csrf()).param("visitDate", "2032-09-10").param("county", "02")
                .param("hostSettlement", host).param("otherParticipants", "5").param("purpose", purpose);
    }

    private static long idFrom(MvcTestResult result, String prefix) {
        return Long.parseLong(result.getMvcResult().getResponse().getRedirectedUrl().substring(prefix.length()));
    }

    private Long eventInitiative(long id) {
        return jdbc.sql("SELECT initiative_id FROM activity_event WHERE id = ?").param(id).query(Long.class)
                .optional().orElse(null);
    }

    private List<Long> visitingInitiatives(long visitId) {
        return jdbc.sql("SELECT initiative_id FROM exchange_visit_party WHERE visit_id = ? AND initiative_id IS NOT NULL"
                + " ORDER BY initiative_id").param(visitId).query(Long.class).list();
    }

    @Test
    void consultationLinkedByPartOfTheTitleAndChangedOnEdit() {
        String marker = unique("Kaptárkert");
        long village = fixtures.settlement("02", unique("Méhes"));
        long garden = fixtures.initiative(village, marker + " közösségi kert");
        long club = fixtures.initiative(village, unique("Olvasókör"));
        String title = unique("Konzultáció");
        MvcTestResult created = mvc.perform(consultation("/events/new", title,
                marker.toLowerCase().replace("á", "a")).with(TestUsers.developer("02")));
        assertThat(created).hasStatus(HttpStatus.FOUND);
        long id = idFrom(created, "/events/");
        assertThat(eventInitiative(id)).isEqualTo(garden);
        assertThat(mvc.get().uri("/events/" + id).with(TestUsers.coordinator("13"))).hasStatusOk().body()
                .asString().contains("href=\"/initiatives/" + garden + "\"").contains(marker + " közösségi kert");
        assertThat(mvc.get().uri("/initiatives/" + garden).with(TestUsers.coordinator("13"))).hasStatusOk().body()
                .asString().contains("href=\"/events/" + id + "\"").contains(title);
        assertThat(mvc.get().uri("/events/" + id + "/edit").with(TestUsers.developer("02"))).hasStatusOk()
                .body().asString().contains("value=\"" + HtmlEscape.escapeHtml5(marker + " közösségi kert") + "\"");

        String clubTitle = jdbc.sql("SELECT title FROM initiative WHERE id = ?").param(club).query(String.class).single();
        assertThat(mvc.perform(consultation("/events/" + id + "/edit", title, clubTitle).param("version", "0")
                .param("initiativeId", String.valueOf(garden)).with(TestUsers.developer("02"))))
                .hasStatus(HttpStatus.FOUND);
        assertThat(eventInitiative(id)).isEqualTo(club);
        assertThat(mvc.perform(consultation("/events/" + id + "/edit", title, "").param("version", "1")
                .param("initiativeId", String.valueOf(club)).with(TestUsers.developer("02"))))
                .hasStatus(HttpStatus.FOUND);
        assertThat(eventInitiative(id)).isNull();
    }

    @Test
    void unknownOrAmbiguousTitleIsAFieldErrorAndTheCandidatesCanBePicked() {
        String marker = unique("Tökfesztivál");
        long village = fixtures.settlement("02", unique("Tökös"));
        long first = fixtures.initiative(village, marker + " alsó");
        long second = fixtures.initiative(village, marker + " felső");
        String title = unique("Konzultáció");
        assertThat(mvc.perform(consultation("/events/new", title, unique("Nincsilyen"))
                .param("topic", "Megtartando tema").with(TestUsers.developer("02"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Nincs ilyen nevű kezdeményezés")
                .contains("Megtartando tema").contains(HtmlEscape.escapeHtml5(title));
        assertThat(mvc.perform(consultation("/events/new", title, marker).with(TestUsers.developer("02"))))
                .hasStatus(HttpStatus.BAD_REQUEST).body().asString()
                .contains("Több kezdeményezés neve illik erre").contains("value=\"" + HtmlEscape.escapeHtml5(marker) + "\"")
                .contains("type=\"radio\"").contains("value=\"" + first + "\"").contains("value=\"" + second + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM activity_event WHERE title = ?").param(title).query(Long.class)
                .single()).isZero();
        MvcTestResult picked = mvc.perform(consultation("/events/new", title, marker)
                .param("initiativeId", String.valueOf(second)).with(TestUsers.developer("02")));
        assertThat(picked).hasStatus(HttpStatus.FOUND);
        assertThat(eventInitiative(idFrom(picked, "/events/"))).isEqualTo(second);
        assertThat(mvc.perform(consultation("/events/new", title, marker).param("initiativeId", "abc")
                .with(TestUsers.developer("02")))).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anotherCountyGets403AndNoLinkChanges() {
        long village = fixtures.settlement("02", unique("Zengővárkony"));
        long initiative = fixtures.initiative(village, unique("Gesztenyés"));
        long event = fixtures.event("02", unique("Baranyai konzultáció"), LocalDateTime.of(2032, 5, 5, 10, 0),
                1, "SCHEDULED");
        String title = jdbc.sql("SELECT title FROM initiative WHERE id = ?").param(initiative).query(String.class)
                .single();
        assertThat(mvc.perform(consultation("/events/" + event + "/edit", "Átírt", title).param("version", "0")
                .with(TestUsers.developer("13")))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.perform(consultation("/events/" + event + "/edit", "Átírt", title).param("version", "0")
                .with(TestUsers.coordinator("05"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(eventInitiative(event)).isNull();

        String host = unique("Mecseknádasd");
        long hostId = fixtures.settlement("02", host);
        long visitId = fixtures.visit("02", hostId).set("visit_date", LocalDate.of(2032, 6, 1))
                .set("purpose", "Eredeti cél").insert();
        fixtures.link("exchange_visit_party").set("visit_id", visitId).set("settlement_id", village).add();
        assertThat(mvc.perform(visit("/visits/" + visitId + "/edit", host, "Átírt cél").param("version", "0")
                .param("hostInitiative", title).param("visitingInitiatives", title)
                .with(TestUsers.coordinator("13")))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT host_initiative_id FROM exchange_visit WHERE id = ?").param(visitId)
                .query(Long.class).optional()).isEmpty();
        assertThat(visitingInitiatives(visitId)).isEmpty();
    }

    @Test
    void visitWithHostAndVisitingInitiativesOfOtherCounties() {
        String host = unique("Orfű");
        long hostVillage = fixtures.settlement("02", host);
        long farVillage = fixtures.settlement("06", unique("Mindszent"));
        String hostTitle = unique("Forrásvédő egylet");
        long hostInitiative = fixtures.initiative(hostVillage, hostTitle);
        String marker = unique("Sárréti");
        long guestA = fixtures.initiative(farVillage, marker + " tanya");
        long guestB = fixtures.initiative(farVillage, marker + " piac");
        String purpose = unique("A forrásvédelem módszere");

        MvcTestResult ambiguous = mvc.perform(visit("/visits/new", host, purpose).param("hostInitiative", hostTitle)
                .param("visitingInitiatives", marker).with(TestUsers.coordinator("02")));
        assertThat(ambiguous).hasStatus(HttpStatus.BAD_REQUEST).body().asString()
                .contains("Több kezdeményezés neve illik erre").contains("type=\"checkbox\"")
                .contains("value=\"" + guestA + "\"").contains("value=\"" + guestB + "\"")
                .contains("name=\"hostInitiativeId\" value=\"" + hostInitiative + "\"");
        MvcTestResult created = mvc.perform(visit("/visits/new", host, purpose).param("hostInitiative", hostTitle)
                .param("hostInitiativeId", String.valueOf(hostInitiative)).param("visitingInitiatives", marker)
                .param("visitingInitiativeIds", String.valueOf(guestA), String.valueOf(guestB))
                .with(TestUsers.coordinator("02")));
        assertThat(created).hasStatus(HttpStatus.FOUND);
        long id = idFrom(created, "/visits/");
        assertThat(jdbc.sql("SELECT host_initiative_id FROM exchange_visit WHERE id = ?").param(id)
                .query(Long.class).single()).isEqualTo(hostInitiative);
        assertThat(visitingInitiatives(id)).containsExactlyInAnyOrder(guestA, guestB);
        assertThat(mvc.get().uri("/visits/" + id).with(TestUsers.developer("13"))).hasStatusOk().body().asString()
                .contains("href=\"/initiatives/" + hostInitiative + "\"").contains(hostTitle)
                .contains("href=\"/initiatives/" + guestA + "\"").contains("href=\"/initiatives/" + guestB + "\"");
        assertThat(mvc.get().uri("/initiatives/" + guestA).with(TestUsers.developer("13"))).hasStatusOk().body()
                .asString().contains("href=\"/visits/" + id + "\"");

        assertThat(mvc.perform(visit("/visits/" + id + "/edit", host, purpose).param("version", "0")
                .param("hostInitiative", "").param("visitingInitiatives", marker + " piac")
                .param("visitingInitiativeIds", String.valueOf(guestA), String.valueOf(guestB))
                .with(TestUsers.developer("02")))).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT host_initiative_id FROM exchange_visit WHERE id = ?").param(id)
                .query(Long.class).optional()).isEmpty();
        assertThat(visitingInitiatives(id)).containsExactly(guestB);
    }

    @Test
    void aVisitingGroupOfOnlyInitiativesIsEnoughButSomeGroupIsRequired() {
        String host = unique("Bukkosd");
        fixtures.settlement("02", host);
        String guest = unique("Gyöngyvirág kör");
        long guestId = fixtures.initiative(fixtures.settlement("05", unique("Bódvaszilas")), guest);
        String purpose = unique("Csak kezdeményezés látogat");
        assertThat(mvc.perform(visit("/visits/new", host, purpose).with(TestUsers.coordinator("02"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Adjon meg legalább egy látogató települést vagy kezdeményezést");
        MvcTestResult created = mvc.perform(visit("/visits/new", host, purpose).param("visitingInitiatives", guest)
                .with(TestUsers.coordinator("02")));
        assertThat(created).hasStatus(HttpStatus.FOUND);
        assertThat(visitingInitiatives(idFrom(created, "/visits/"))).containsExactly(guestId);
        assertThat(mvc.perform(visit("/visits/new", host, unique("Ismeretlen")).param("visitingInitiatives",
                unique("Nincsilyen kör")).with(TestUsers.coordinator("02")))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("Nincs ilyen nevű kezdeményezés").contains(host);
    }
}
