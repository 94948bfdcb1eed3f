package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDateTime;

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
class EventWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private MockMvcRequestBuilder post(String uri, String title, String county, String start, String end,
            String status) {
        return mvc.post().uri(uri).with(csrf()).param("kind", "WORKSHOP").param("title", title)
                .param("county", county).param("startsAt", start).param("endsAt", end).param("status", status);
    }

    private long countTitled(String title) {
        return jdbc.sql("SELECT count(*) FROM activity_event WHERE title = ?").param(title).query(Long.class).single();
    }

    @Test
    void developerCreatesAnEventOfTheOwnCountyWithVenueTypedWithoutAccents() {
        String venue = unique("Kővágószőlős");
        fixtures.settlement("02", venue);
        String title = unique("Műhely");
        MvcTestResult result = mvc.perform(post("/events/new", title, "02", "2031-03-14T10:00", "2031-03-14T14:00",
                "SCHEDULED").param("venueName", venue.replace("ő", "o").replace("Kő", "ko").toUpperCase())
                .with(TestUsers.developer("02")));
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/events/");
        long id = Long.parseLong(result.getMvcResult().getResponse().getRedirectedUrl().substring(8));
        assertThat(fixtures.eventColumn(id, "venue_settlement_id")).isNotNull();
        assertThat(mvc.get().uri("/events/" + id).with(TestUsers.coordinator("13"))).hasStatusOk()
                .bodyText().contains(title).contains(venue).contains("2031. 03. 14. 10:00");
    }

    @Test
    void anotherCountyGets403AndNothingIsSaved() {
        String title = unique("Idegen");
        assertThat(mvc.perform(post("/events/new", title, "02", "2031-03-14T10:00", "2031-03-14T14:00", "SCHEDULED")
                .with(TestUsers.coordinator("13")))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(countTitled(title)).isZero();
        long id = fixtures.event("02", unique("Baranyai"), LocalDateTime.of(2031, 1, 5, 10, 0), 2, "SCHEDULED");
        assertThat(mvc.perform(post("/events/" + id + "/edit", title, "02", "2031-03-14T10:00", "2031-03-14T14:00",
                "SCHEDULED").param("version", "0").with(TestUsers.developer("13"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/events/" + id + "/edit").with(TestUsers.developer("13")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(fixtures.eventColumn(id, "title")).isNotEqualTo(title);
    }

    @Test
    void nationalEventsOnlyByTheNationalOffice() {
        String title = unique("Országos Fejlesztési Műhely");
        assertThat(mvc.perform(post("/events/new", title, "", "2031-05-14T10:00", "2031-05-15T14:00", "SCHEDULED")
                .with(TestUsers.coordinator("02")))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(countTitled(title)).isZero();
        assertThat(mvc.perform(post("/events/new", title, "", "2031-05-14T10:00", "2031-05-15T14:00", "SCHEDULED")
                .with(TestUsers.national()))).hasStatus(HttpStatus.FOUND);
        assertThat(countTitled(title)).isOne();
    }

    @Test
    void rulesShowAtTheFieldsAndKeepTheTypedInput() {
        String title = unique("Rossz");
        assertThat(mvc.perform(post("/events/new", title, "02", "2031-03-14T10:00", "2031-03-14T09:00", "HELD")
                .with(TestUsers.developer("02")))).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("A befejezés a kezdés után legyen")
                .contains("Megtartottnak csak már elkezdődött esemény jelölhető")
                .contains(title);
        assertThat(mvc.perform(post("/events/new", title, "02", "2020-03-14T10:00", "2020-03-14T12:00", "CANCELLED")
                .with(TestUsers.developer("02")))).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Adja meg, miért maradt el az esemény");
        assertThat(mvc.perform(post("/events/new", "", "02", "holnap", "", "SCHEDULED")
                .param("venueName", "Nincsilyenfalu").with(TestUsers.developer("02"))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Adja meg az esemény címét").contains("holnap")
                .contains("Nincs ilyen nevű település");
        assertThat(countTitled(title)).isZero();
    }

    @Test
    void heldIsAcceptedForAPastStart() {
        String title = unique("Megtartott");
        assertThat(mvc.perform(post("/events/new", title, "02", "2024-03-14T10:00", "2024-03-14T12:00", "HELD")
                .with(TestUsers.developer("02")))).hasStatus(HttpStatus.FOUND);
        assertThat(countTitled(title)).isOne();
    }

    @Test
    void clashOfTheSameCountyWarnsAndSavesOnlyWhenAccepted() {
        fixtures.event("05", unique("Első"), LocalDateTime.of(2032, 2, 2, 10, 0), 3, "SCHEDULED");
        String title = unique("Második");
        assertThat(mvc.perform(post("/events/new", title, "05", "2032-02-02T12:00", "2032-02-02T15:00", "SCHEDULED")
                .with(TestUsers.developer("05")))).hasStatusOk().bodyText()
                .contains("Ütközés").contains("Tudok az ütközésről, mégis mentem");
        assertThat(countTitled(title)).isZero();
        assertThat(mvc.perform(post("/events/new", title, "05", "2032-02-02T12:00", "2032-02-02T15:00", "SCHEDULED")
                .param("saveAnyway", "true").with(TestUsers.developer("05")))).hasStatus(HttpStatus.FOUND);
        assertThat(countTitled(title)).isOne();
    }

    @Test
    void sameFacilitatorInAnotherCountyAtOnceWarns() {
        String trainer = unique("Tréner Tamás");
        fixtures.event("06", LocalDateTime.of(2032, 4, 4, 8, 0), 8).set("kind", "TRAINING").set("title", "Képzés")
                .set("facilitator_name", trainer).insert();
        String title = unique("Párhuzamos");
        assertThat(mvc.perform(post("/events/new", title, "07", "2032-04-04T15:00", "2032-04-04T17:00", "SCHEDULED")
                .param("facilitatorName", trainer.toLowerCase()).with(TestUsers.developer("07")))).hasStatusOk()
                .bodyText().contains("ugyanaz a vezető");
        assertThat(countTitled(title)).isZero();
    }

    @Test
    void staleVersionIsRefusedWithAMessage() {
        long id = fixtures.event("02", unique("Verzió"), LocalDateTime.of(2031, 7, 1, 10, 0), 2, "SCHEDULED");
        jdbc.sql("UPDATE activity_event SET version = 3 WHERE id = ?").param(id).update();
        assertThat(mvc.perform(post("/events/" + id + "/edit", "Felülírás", "02", "2031-07-01T10:00",
                "2031-07-01T12:00", "SCHEDULED").param("version", "1").with(TestUsers.coordinator("02"))))
                .hasStatus(HttpStatus.CONFLICT).bodyText()
                .contains("Az eseményt közben más is módosította", "Mentett érték", "Az Ön által beírt érték", "Felülírás");
        assertThat(fixtures.eventColumn(id, "title")).isNotEqualTo("Felülírás");
    }

    @Test
    void closedYearIsReadOnlyForCountyStaff() {
        fixtures.closedYear(2011);
        String title = unique("Lezárt");
        assertThat(mvc.perform(post("/events/new", title, "02", "2011-03-14T10:00", "2011-03-14T12:00", "HELD")
                .with(TestUsers.developer("02")))).hasStatus(HttpStatus.CONFLICT);
        assertThat(countTitled(title)).isZero();
    }

    @Test
    void listFiltersAndRejectsMalformedParameters() {
        String title = unique("Szűrt képzés");
        fixtures.event("09", title, LocalDateTime.of(2033, 1, 1, 10, 0), 2, "SCHEDULED");
        assertThat(mvc.get().uri("/events?county=09&q=" + title.substring(6)).with(TestUsers.developer("02")))
                .hasStatusOk().bodyText().contains(title);
        assertThat(mvc.get().uri("/events?county=02&q=" + title.substring(6)).with(TestUsers.developer("02")))
                .hasStatusOk().bodyText().doesNotContain(title);
        assertThat(mvc.get().uri("/events?kind=NOPE").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/events?county=99").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/events?from=tegnap").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/events/987654321").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/events/abc").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void dashboardShowsUpcomingEventsAndPastOnesWithoutAttendance() {
        String next = unique("Következő műhely");
        fixtures.event("14", next, LocalDateTime.now().plusDays(3), 2, "SCHEDULED");
        String past = unique("Rögzítetlen műhely");
        long pastId = fixtures.event("14", past, LocalDateTime.now().minusDays(2), 2, "HELD");
        fixtures.attendance(pastId, fixtures.worker("14", unique("Jelenléttelen"))).insert();
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.coordinator("14"))).hasStatusOk().bodyText()
                .contains(next).contains(past);
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.coordinator("15"))).hasStatusOk().bodyText()
                .doesNotContain(next).doesNotContain(past);
    }
}
