package hu.kozossegi.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.shared.time.TimeConfig;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The organisation a participant came with (attendance page: bulk registration and per row) and the organisation
 * a consultation served (event page): the event county's organisations are offered, enrolled ones first; an
 * organisation of another county is a field error (400, nothing saved), never a 500; staff of another county get
 * 403.
 */
@PortalIntegrationTest
class EventOrganisationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    CapacityData data;
    long enrolled;
    long notEnrolled;
    long elsewhere;
    long worker;

    @BeforeEach
    void setUp() {
        data = new CapacityData(jdbc);
        long programme = data.programme(2024, 2030);
        notEnrolled = data.organisation("12", "Aaa Nem Beiratott Kör");
        enrolled = data.organisation("12", "Zzz Beiratott Egyesület");
        elsewhere = data.organisation("02", "Baranyai Csoport");
        data.enrol(programme, enrolled, LocalDate.of(2024, 3, 1), null);
        worker = data.worker("12");
    }

    private long organisationOf(long event) {
        Long org = jdbc.sql("SELECT organisation_id FROM event_attendance WHERE event_id = ?").param(event)
                .query(Long.class).optional().orElse(null);
        return org == null ? 0 : org;
    }

    private long registered(long event) {
        return jdbc.sql("SELECT count(*) FROM event_attendance WHERE event_id = ?").param(event).query(Long.class)
                .single();
    }

    @Test
    void theAttendancePageOffersTheCountysOrganisationsEnrolledFirst() {
        long event = data.event("TRAINING", "SCHEDULED", "12", "2027-05-10 10:00+02", "2027-05-10 16:00+02", 6.0, null);
        data.attend(event, worker, null, null);
        Document page = page(mvc.get().uri("/events/{id}/attendance", event).with(TestUsers.developer("12"))
                .exchange());
        List<String> offered = page.select("select[name^='organisation['] option").eachAttr("value");
        assertThat(offered).contains(Long.toString(enrolled), Long.toString(notEnrolled))
                .doesNotContain(Long.toString(elsewhere));
        assertThat(offered.indexOf(Long.toString(enrolled))).isLessThan(offered.indexOf(Long.toString(notEnrolled)));
    }

    /**
     * The choices are kept between pages (every row of a sheet offers them) but never older than the data: an
     * organisation added after a view is offered at the next one, and an enrolment that ended yesterday no longer
     * puts its organisation first.
     */
    @Test
    void theKeptChoicesFollowANewOrganisationAndAnEndedEnrolment() {
        long event = data.event("TRAINING", "SCHEDULED", "12", "2027-05-10 10:00+02", "2027-05-10 16:00+02", 6.0, null);
        data.attend(event, worker, null, null);
        List<String> before = offered(event);
        assertThat(before.indexOf(Long.toString(enrolled))).isLessThan(before.indexOf(Long.toString(notEnrolled)));

        long added = data.organisation("12", "Mmm Új Kör");
        jdbc.sql("UPDATE capacity_enrolment SET left_on = ? WHERE organisation_id = ?")
                .param(LocalDate.now(TimeConfig.ZONE).minusDays(1)).param(enrolled).update();
        List<String> after = offered(event);
        assertThat(after).contains(Long.toString(added));
        assertThat(after.indexOf(Long.toString(notEnrolled))).isLessThan(after.indexOf(Long.toString(added)));
        assertThat(after.indexOf(Long.toString(added))).isLessThan(after.indexOf(Long.toString(enrolled)));
    }

    private List<String> offered(long event) {
        return page(mvc.get().uri("/events/{id}/attendance", event).with(TestUsers.developer("12")).exchange())
                .select("select[name^='organisation['] option").eachAttr("value");
    }

    /**
     * The options are written once per page and each row selects its own: a row shows its organisation selected,
     * a row without one shows none, and a name with markup in it is shown as text, never as markup.
     */
    @Test
    void eachRowShowsItsOwnOrganisationSelectedAndNamesAreEscaped() {
        long hostile = data.organisation("12", "Kert & <b>Társ</b> \"Kör\"");
        long event = data.event("TRAINING", "HELD", "12", "2025-05-10 10:00+02", "2025-05-10 16:00+02", 6.0, null);
        data.attend(event, worker, "PRESENT", enrolled);
        data.attend(event, data.worker("12"), "PRESENT", hostile);
        data.attend(event, data.worker("12"), "PRESENT", null);
        MvcTestResult result = mvc.get().uri("/events/{id}/attendance", event).with(TestUsers.developer("12"))
                .exchange();
        Document page = page(result);
        List<String> selected = page.select("select[name^='organisation[']").stream()
                .map(select -> select.select("option[selected]").eachAttr("value").toString()).toList();
        assertThat(selected).containsExactlyInAnyOrder("[" + enrolled + "]", "[" + hostile + "]", "[]");
        assertThat(page.select("select[name^='organisation['] option[value=" + hostile + "]").first().text())
                .startsWith("Kert & <b>Társ</b> \"Kör\"");
        assertThat(page.select("select[name^='organisation['] b")).isEmpty();
    }

    @Test
    void registeringWithAnOrganisationOfTheCountyNamesItAnotherCountysIsAFieldError() {
        long event = data.event("TRAINING", "SCHEDULED", "12", "2027-05-10 10:00+02", "2027-05-10 16:00+02", 6.0, null);
        assertThat(mvc.post().uri("/events/{id}/attendance/register", event).with(csrf())
                .with(TestUsers.coordinator("02")).param("workerId", Long.toString(worker))
                .param("organisationId", Long.toString(elsewhere)).exchange()).hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult foreign = mvc.post().uri("/events/{id}/attendance/register", event).with(csrf())
                .with(TestUsers.developer("12")).param("q", "Teszt").param("workerId", Long.toString(worker))
                .param("organisationId", Long.toString(elsewhere)).exchange();
        assertThat(foreign).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("Válasszon a rendezvény megyéjének szervezetei közül");
        assertThat(page(foreign).select("#organisationId-error").text())
                .contains("Válasszon a rendezvény megyéjének szervezetei közül");
        MvcTestResult garbage = mvc.post().uri("/events/{id}/attendance/register", event).with(csrf())
                .with(TestUsers.developer("12")).param("q", "Teszt").param("workerId", Long.toString(worker))
                .param("organisationId", "nem szám").exchange();
        assertThat(garbage).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(registered(event)).isZero();

        assertThat(mvc.post().uri("/events/{id}/attendance/register", event).with(csrf())
                .with(TestUsers.developer("12")).param("workerId", Long.toString(worker))
                .param("organisationId", Long.toString(enrolled)).exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(organisationOf(event)).isEqualTo(enrolled);
    }

    @Test
    void eachRowsOrganisationIsSavedWithThePresenceAndAForeignOneIsRefused() {
        long event = data.event("TRAINING", "HELD", "12", "2025-05-10 10:00+02", "2025-05-10 16:00+02", 6.0, null);
        data.attend(event, worker, null, null);
        long row = jdbc.sql("SELECT id FROM event_attendance WHERE event_id = ?").param(event).query(Long.class)
                .single();
        assertThat(mvc.post().uri("/events/{id}/attendance", event).with(csrf()).with(TestUsers.developer("02"))
                .param("version[" + row + "]", "0").param("presence[" + row + "]", "PRESENT")
                .param("organisation[" + row + "]", Long.toString(enrolled)).exchange()).hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult foreign = mvc.post().uri("/events/{id}/attendance", event).with(csrf())
                .with(TestUsers.developer("12")).param("version[" + row + "]", "0").param("presence[" + row + "]", "PRESENT")
                .param("organisation[" + row + "]", Long.toString(elsewhere)).exchange();
        assertThat(foreign).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(page(foreign).select("[id='organisation[" + row + "]-error']").text())
                .contains("Válasszon a rendezvény megyéjének szervezetei közül");
        assertThat(page(foreign).select(".error-summary a").attr("href")).isEqualTo("#organisation" + row);
        assertThat(page(foreign).select("#organisation" + row)).hasSize(1);
        MvcTestResult garbage = mvc.post().uri("/events/{id}/attendance", event).with(csrf())
                .with(TestUsers.developer("12")).param("version[" + row + "]", "0").param("presence[" + row + "]", "PRESENT")
                .param("organisation[" + row + "]", "<b>nem szám</b>").exchange();
        assertThat(garbage).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(page(garbage).select("[id='organisation[" + row + "]-error']").text())
                .contains("Válasszon a rendezvény megyéjének szervezetei közül");
        assertThat(organisationOf(event)).isZero();

        assertThat(mvc.post().uri("/events/{id}/attendance", event).with(csrf()).with(TestUsers.developer("12"))
                .param("version[" + row + "]", "0").param("presence[" + row + "]", "PRESENT")
                .param("organisation[" + row + "]", Long.toString(enrolled)).exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(organisationOf(event)).isEqualTo(enrolled);
        assertThat(jdbc.sql("SELECT presence FROM event_attendance WHERE id = ?").param(row).query(String.class)
                .single()).isEqualTo("PRESENT");
        assertThat(mvc.get().uri("/events/{id}", event).with(TestUsers.developer("05"))).hasStatusOk().bodyText()
                .contains("Zzz Beiratott Egyesület");
    }

    @Test
    void theEventPageShowsTheOrganisationAConsultationServed() {
        long consultation = data.event("CONSULTATION", "HELD", "12", "2025-06-10 10:00+02", "2025-06-10 11:00+02",
                null, enrolled);
        MvcTestResult shown = mvc.get().uri("/events/{id}", consultation).with(TestUsers.developer("05")).exchange();
        assertThat(shown).hasStatusOk();
        assertThat(page(shown).select("#event-organisation").text()).contains("Zzz Beiratott Egyesület");
        assertThat(page(shown).select("#event-organisation a").attr("href")).isEqualTo("/organisations/" + enrolled);
    }

    private static Document page(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
