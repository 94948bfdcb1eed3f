package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.activities.ActivitiesFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The printable sign-in sheet, and what the event page shows of the facilitator, venue and training hours. */
@PortalIntegrationTest
class SignInSheetAndDetailTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private long eventWithVenue(String county, String title) {
        long venue = fixtures.settlement(county, unique("Kővágószőlős"));
        long event = fixtures.event(county, title, LocalDateTime.of(2031, 3, 14, 9, 30), 5, "SCHEDULED");
        jdbc.sql("UPDATE activity_event SET kind = 'TRAINING', venue_settlement_id = ?, venue_address = ?,"
                + " training_hours = 6.0 WHERE id = ?").param(venue).param("Művelődési ház, Fő utca 12.").param(event)
                .update();
        return event;
    }

    private Document detail(long event) throws IOException {
        MvcTestResult result = mvc.get().uri("/events/" + event).with(TestUsers.developer("13")).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcTestResult sheet(long event, RequestPostProcessor user) {
        return mvc.get().uri("/events/" + event + "/sign-in-sheet.pdf").with(user).exchange();
    }

    @Test
    void theSheetListsTheEventAndTheRegisteredWorkersWithEmptyRowsForWalkIns() throws IOException {
        String title = unique("Közösségfejlesztő alapképzés – Űrhajós");
        long event = eventWithVenue("02", title);
        jdbc.sql("UPDATE activity_event SET facilitator_name = 'Kerekes Ödön' WHERE id = ?").param(event).update();
        long settlement = fixtures.settlement("02", unique("Ősagárd"));
        String zoli = unique("Zöld Zoltán");
        String arpi = unique("Ábel Árpád");
        for (String name : new String[] {zoli, arpi}) {
            long worker = fixtures.worker("02", name);
            jdbc.sql("UPDATE community_worker SET settlement_id = ? WHERE id = ?").param(settlement).param(worker)
                    .update();
            fixtures.attendance(event, worker).insert();
        }
        MvcTestResult result = sheet(event, TestUsers.developer("02"));
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("jelenleti-iv-" + event + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
            assertThat(Math.round(page.getHeight())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(title).contains("Jelenléti ív – Képzés")
                    .contains("2031. 03. 14. 09:30 – 14:30").contains("Kővágószőlős")
                    .contains("Művelődési ház, Fő utca 12.").contains("Aláírás").contains("Település")
                    .contains("Kerekes Ödön");
            // Hungarian alphabetical order, each with the settlement; then the numbered empty rows.
            assertThat(text.indexOf(arpi)).isPositive().isLessThan(text.indexOf(zoli));
            assertThat(text).contains("Ősagárd");
            assertThat(text).containsPattern("(?m)^12\\s*$");
            assertThat(text).doesNotContainPattern("(?m)^13\\s*$");
        }
        assertThat(sheet(event, TestUsers.national())).hasStatusOk();
        assertThat(sheet(event, TestUsers.coordinator("02"))).hasStatusOk();
    }

    @Test
    void anotherCountyCannotPrintTheSheet() {
        long event = eventWithVenue("02", unique("Baranyai képzés"));
        assertThat(sheet(event, TestUsers.developer("13"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(sheet(event, TestUsers.coordinator("13"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(sheet(987654321L, TestUsers.developer("02"))).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void detailShowsFacilitatorVenueAndAddressApartAndWholeHours() throws IOException {
        long event = eventWithVenue("02", unique("Képzés"));
        long trainer = fixtures.account("02").set("username", unique("trener").replace(' ', '-'))
                .set("full_name", "Fekete Őrs").set("password_hash", "x").set("role", "COUNTY_DEVELOPER").insert();
        jdbc.sql("UPDATE activity_event SET facilitator_user_id = ? WHERE id = ?").param(trainer).param(event).update();
        Document doc = detail(event);
        assertThat(doc.getElementById("event-facilitator").text()).isEqualTo("Fekete Őrs");
        assertThat(doc.getElementById("event-venue").text()).startsWith("Kővágószőlős").endsWith("(Baranya)");
        assertThat(doc.getElementById("event-venue-address").text()).isEqualTo("Művelődési ház, Fő utca 12.");
        assertThat(doc.getElementById("event-training-hours").text()).isEqualTo("6");
        assertThat(doc.select("a[href=/events/" + event + "/sign-in-sheet.pdf]")).isEmpty();

        jdbc.sql("UPDATE activity_event SET facilitator_user_id = NULL, facilitator_name = 'Vendég Előadó',"
                + " training_hours = 6.5 WHERE id = ?").param(event).update();
        doc = detail(event);
        assertThat(doc.getElementById("event-facilitator").text()).isEqualTo("Vendég Előadó");
        assertThat(doc.getElementById("event-training-hours").text()).isEqualTo("6,5");

        jdbc.sql("UPDATE activity_event SET facilitator_name = NULL WHERE id = ?").param(event).update();
        assertThat(detail(event).getElementById("event-facilitator").text()).isEqualTo("Nincs megadva");
    }

    @Test
    void hoursForAWorkshopAreRefusedAtTheFieldAndTheTypedInputKept() throws IOException {
        String title = unique("Műhely órákkal");
        var result = mvc.post().uri("/events/new").with(csrf()).with(TestUsers.developer("02"))
                .param("kind", "WORKSHOP").param("title", title).param("county", "02")
                .param("startsAt", "2031-03-14T10:00").param("endsAt", "2031-03-14T14:00")
                .param("status", "SCHEDULED").param("trainingHours", "6").exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        Document doc = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(doc.select(".error-summary a[href=#trainingHours]").text())
                .contains("Képzési órát csak képzéshez lehet megadni");
        assertThat(doc.getElementById("trainingHours").val()).isEqualTo("6");
        assertThat(doc.getElementById("title").val()).isEqualTo(title);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_event WHERE title = ?").param(title).query(Long.class)
                .single()).isZero();

        var saved = mvc.post().uri("/events/new").with(csrf()).with(TestUsers.developer("02"))
                .param("kind", "TRAINING").param("title", title).param("county", "02")
                .param("startsAt", "2031-03-14T10:00").param("endsAt", "2031-03-14T14:00")
                .param("status", "SCHEDULED").param("trainingHours", "6.5").param("saveAnyway", "true").exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT CAST(training_hours AS text) FROM activity_event WHERE title = ?").param(title)
                .query(String.class).single()).isEqualTo("6.5");
    }
}
