package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The period lock of DESIGN.md section 1 for every record kind, with 2013 closed and 2014 open: dated records
 * are frozen in a closed year, long-lived ones keep only their closed-year dates; a refusal is 409 with the form
 * re-rendered, the typed input kept and the message at the field; the national office may still correct anything.
 */
@PortalIntegrationTest
class YearLockTests {

    private static final String CLOSED_MESSAGE = "A 2013. év beszámolója lezárult";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor coordinator = TestUsers.coordinator("02");
    RequestPostProcessor developer = TestUsers.developer("02");
    long village;
    String villageName;

    @BeforeEach
    void closed2013() {
        data().closedYear(2013);
        villageName = unique("Zárfalva");
        village = data().settlement("02").set("name", villageName).set("population", 700).insert();
    }

    private TestData data() {
        return new TestData(jdbc);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long initiative(String title, String status, LocalDate start, LocalDate end) {
        return data().initiative(village, title, status, start, end);
    }

    private MvcTestResult editInitiative(RequestPostProcessor user, long id, String title, String status,
            String start, String end) {
        long version = jdbc.sql("SELECT version FROM initiative WHERE id = ?").param(id).query(Long.class).single();
        return mvc.post().uri("/initiatives/" + id + "/edit").with(user).with(csrf()).param("save", "1")
                .param("version", String.valueOf(version)).param("title", title)
                .param("primarySettlement", villageName).param("status", status).param("startDate", start)
                .param("endDate", end).param("themes", "YOUTH").exchange();
    }

    /** The page as a reader sees it: Spring escapes typed values (é as &eacute;) in form fields. */
    private static String text(MvcTestResult result) {
        try {
            return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AbstractStringAssert<?> refused(MvcTestResult result) {
        assertThat(result).hasStatus(409);
        return assertThat(text(result));
    }

    private AbstractStringAssert<?> shown(MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return assertThat(text(result));
    }

    private static AbstractStringAssert<?> refused(MockMvcRequestBuilder request) {
        return refused(request.exchange());
    }

    private String column(String table, String column, long id) {
        return jdbc.sql("SELECT CAST(" + column + " AS text) FROM " + table + " WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void aRunningInitiativeStartedInAClosedYearCanBeClosedInAnOpenYearButKeepsItsStartDate() {
        String title = unique("Kert");
        long id = initiative(title, "RUNNING", LocalDate.of(2013, 11, 3), null);

        shown(mvc.get().uri("/initiatives/" + id + "/edit").with(coordinator))
                .contains("Kezdés dátuma", "nem módosítható: a 2013. év beszámolója lezárult", "Lezárt beszámolási évek: 2013");

        assertThat(editInitiative(coordinator, id, title + " lezárva", "CLOSED", "2013-11-03", "2014-02-01"))
                .hasStatus3xxRedirection();
        assertThat(column("initiative", "status", id)).isEqualTo("CLOSED");
        assertThat(column("initiative", "end_date", id)).isEqualTo("2014-02-01");

        MvcTestResult moved = editInitiative(coordinator, id, title + " átírva", "CLOSED", "2013-12-01", "2014-02-01");
        refused(moved).contains("Hiba:", title + " átírva", "2013-12-01", CLOSED_MESSAGE,
                "ez az abba az évbe eső dátum nem módosítható");
        assertThat(text(moved)).contains("href=\"#startDate\"");
        assertThat(column("initiative", "start_date", id)).isEqualTo("2013-11-03");
        assertThat(column("initiative", "title", id)).isEqualTo(title + " lezárva");

        refused(editInitiative(coordinator, id, title, "CLOSED", "2013-11-03", "2013-12-20")).contains("abba az évbe eső dátum nem adható meg");
        assertThat(editInitiative(TestUsers.national(), id, title, "CLOSED", "2013-12-01", "2014-02-01"))
                .hasStatus3xxRedirection();
        assertThat(column("initiative", "start_date", id)).isEqualTo("2013-12-01");
    }

    @Test
    void anInitiativeOfAnOpenYearCannotBeMovedIntoAClosedOne() {
        String title = unique("Új kert");
        long id = initiative(title, "RUNNING", LocalDate.of(2014, 3, 1), null);
        refused(editInitiative(coordinator, id, title, "RUNNING", "2013-12-01", ""))
                .contains("2013-12-01", "abba az évbe eső dátum nem adható meg");
        assertThat(editInitiative(coordinator, id, title + " II", "RUNNING", "2014-04-01", "")).hasStatus3xxRedirection();
        MvcTestResult created = mvc.post().uri("/initiatives/new").with(coordinator).with(csrf()).param("save", "1")
                .param("title", title + " régi").param("primarySettlement", villageName).param("status", "RUNNING")
                .param("startDate", "2013-05-05").param("themes", "YOUTH").exchange();
        refused(created).contains(title + " régi", "abba az évbe eső dátum nem adható meg");
    }

    @Test
    void outcomesAndNotesDatedInAClosedYearAreFrozenWithTheTypedInputKeptOnRefusal() {
        long id = initiative(unique("Klubos"), "RUNNING", LocalDate.of(2013, 2, 1), null);
        long old = data().outcome(id).set("name", "Régi klub").set("achieved_on", LocalDate.of(2013, 5, 1))
                .set("created_by", "x").insert();
        long fresh = data().outcome(id).set("name", "Új klub").set("achieved_on", LocalDate.of(2014, 5, 1))
                .set("created_by", "x").insert();
        String base = "/initiatives/" + id;

        MvcTestResult added = mvc.post().uri(base + "/outcomes").with(coordinator).with(csrf()).param("type", "CLUB")
                .param("name", "Késői klub").param("achievedOn", "2013-06-01").exchange();
        refused(added).contains("Késői klub", "2013-06-01", "abba az évbe eső dátum nem adható meg");
        assertThat(mvc.post().uri(base + "/outcomes").with(coordinator).with(csrf()).param("type", "CLUB")
                .param("name", "Idei klub").param("achievedOn", "2014-06-01")).hasStatus3xxRedirection();

        shown(mvc.get().uri(base + "/outcomes/" + old + "/edit").with(coordinator))
                .contains(CLOSED_MESSAGE, "nem módosítható és nem törölhető");
        MvcTestResult frozen = mvc.post().uri(base + "/outcomes/" + old + "/edit").with(coordinator).with(csrf())
                .param("version", "0").param("type", "CLUB").param("name", "Átírt klub").param("achievedOn", "2013-05-01")
                .exchange();
        refused(frozen).contains("Átírt klub", "az abban az évben kelt adat nem módosítható");
        MvcTestResult moved = mvc.post().uri(base + "/outcomes/" + fresh + "/edit").with(coordinator).with(csrf())
                .param("version", "0").param("type", "CLUB").param("name", "Visszadátumozott").param("achievedOn", "2013-09-09")
                .exchange();
        refused(moved).contains("Visszadátumozott", "2013-09-09", "href=\"#achievedOn\"");
        assertThat(column("initiative_outcome", "achieved_on", fresh)).isEqualTo("2014-05-01");
        assertThat(mvc.post().uri(base + "/outcomes/" + old + "/edit").with(TestUsers.national()).with(csrf())
                .param("version", "0").param("type", "CLUB").param("name", "Javított klub").param("achievedOn", "2013-05-02"))
                .hasStatus3xxRedirection();

        MvcTestResult note = mvc.post().uri(base + "/notes").with(developer).with(csrf()).param("notedOn", "2013-07-07")
                .param("text", "Utólagos feljegyzés").exchange();
        refused(note).contains("Utólagos feljegyzés", "abba az évbe eső dátum nem adható meg");
        assertThat(mvc.post().uri(base + "/notes").with(developer).with(csrf()).param("notedOn", "2014-07-07")
                .param("text", "Idei feljegyzés")).hasStatus3xxRedirection();
        long noteId = jdbc.sql("SELECT id FROM progress_note WHERE initiative_id = ? AND text = 'Idei feljegyzés'")
                .param(id).query(Long.class).single();
        refused(mvc.post().uri(base + "/notes/" + noteId + "/edit").with(developer).with(csrf()).param("version", "0")
                .param("notedOn", "2013-12-31").param("text", "Hátrébb"))
                .contains("Hátrébb", "2013-12-31", "href=\"#notedOn\"");
        assertThat(mvc.post().uri(base + "/notes").with(TestUsers.national()).with(csrf()).param("notedOn", "2013-07-07")
                .param("text", "Országos pótlás")).hasStatus3xxRedirection();
    }

    private MockMvcRequestBuilder event(String uri, String title, String start, String end) {
        return mvc.post().uri(uri).with(csrf()).param("kind", "WORKSHOP").param("title", title).param("county", "02")
                .param("startsAt", start).param("endsAt", end).param("status", "HELD").param("saveAnyway", "true");
    }

    private long eventIn(int year, String title) {
        return data().event("02", LocalDateTime.of(year, 6, 1, 10, 0), 2).set("title", title).set("status", "HELD")
                .insert();
    }

    @Test
    void eventsAndTheirAttendanceInAClosedYearAreFrozen() {
        String title = unique("Műhely");
        MvcTestResult created = mvc.perform(event("/events/new", title, "2013-03-04T10:00", "2013-03-04T12:00")
                .with(developer));
        refused(created).contains(title, "abba az évbe eső dátum nem adható meg",
                "href=\"#startsAt\"");
        assertThat(mvc.perform(event("/events/new", title, "2014-03-04T10:00", "2014-03-04T12:00").with(developer)))
                .hasStatus3xxRedirection();
        long open = jdbc.sql("SELECT id FROM activity_event WHERE title = ?").param(title).query(Long.class).single();
        MvcTestResult moved = mvc.perform(event("/events/" + open + "/edit", title + " átírva", "2013-12-30T10:00",
                "2013-12-30T12:00").param("version", "0").with(developer));
        refused(moved).contains(title + " átírva", "2013-12-30T10:00");

        long old = eventIn(2013, unique("Régi műhely"));
        shown(mvc.get().uri("/events/" + old + "/edit").with(developer))
                .contains(CLOSED_MESSAGE, "nem módosítható és nem törölhető");
        refused(mvc.perform(event("/events/" + old + "/edit", "Átírt", "2014-01-10T10:00", "2014-01-10T12:00")
                .param("version", "0").with(developer)))
                .contains("Átírt", "az abban az évben kelt adat nem módosítható");
        assertThat(mvc.perform(event("/events/new", unique("Országos"), "2013-03-04T10:00", "2013-03-04T12:00")
                .with(TestUsers.national()))).hasStatus3xxRedirection();

        long worker = data().worker("02", unique("Résztvevő"));
        assertThat(mvc.post().uri("/events/" + old + "/attendance/register").with(developer).with(csrf())
                .param("workerId", String.valueOf(worker))).hasStatus(409);
        assertThat(mvc.post().uri("/events/" + eventIn(2014, unique("Idei")) + "/attendance/register").with(developer)
                .with(csrf()).param("workerId", String.valueOf(worker))).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/events/" + old + "/attendance/register").with(TestUsers.national()).with(csrf())
                .param("workerId", String.valueOf(worker))).hasStatus3xxRedirection();
    }

    @Test
    void exchangeVisitsInAClosedYearAreFrozen() {
        String host = unique("Vendéglátó");
        data().settlement("02").set("name", host).set("population", 500).insert();
        String purpose = unique("Tanulás");
        MvcTestResult refused = mvc.post().uri("/visits/new").with(coordinator).with(csrf()).param("visitDate", "2013-09-10")
                .param("county", "02").param("hostSettlement", host).param("visitingSettlements", villageName)
                .param("otherParticipants", "12").param("purpose", purpose).exchange();
        refused(refused).contains(purpose, "2013-09-10", "href=\"#visitDate\"",
                "abba az évbe eső dátum nem adható meg");
        assertThat(mvc.post().uri("/visits/new").with(TestUsers.national()).with(csrf()).param("visitDate", "2013-09-10")
                .param("county", "02").param("hostSettlement", host).param("visitingSettlements", villageName)
                .param("otherParticipants", "12").param("purpose", purpose)).hasStatus3xxRedirection();
        long visit = jdbc.sql("SELECT id FROM exchange_visit WHERE purpose = ?").param(purpose).query(Long.class).single();
        shown(mvc.get().uri("/visits/" + visit + "/edit").with(coordinator))
                .contains(CLOSED_MESSAGE, "nem módosítható és nem törölhető");
        refused(mvc.post().uri("/visits/" + visit + "/edit").with(coordinator).with(csrf()).param("version", "0")
                .param("visitDate", "2014-09-10").param("county", "02").param("hostSettlement", host)
                .param("visitingSettlements", villageName).param("otherParticipants", "12").param("purpose", purpose + " átírva")).contains(purpose + " átírva", "az abban az évben kelt adat nem módosítható");
        assertThat(column("exchange_visit", "visit_date", visit)).isEqualTo("2013-09-10");
    }

    private MvcTestResult worker(String uri, String name, String joinedOn, String version) {
        MockMvcRequestBuilder request = mvc.post().uri(uri).with(coordinator).with(csrf()).param("fullName", name)
                .param("county", "02").param("kind", "VOLUNTEER").param("active", "true").param("joinedOn", joinedOn);
        return version == null ? request.exchange() : request.param("version", version).exchange();
    }

    @Test
    void aWorkerStaysEditableButItsClosedYearDateIsFixed() {
        String name = unique("Kovács Anna");
        refused(worker("/workers/new", name, "2013-04-04", null))
                .contains(name, "abba az évbe eső dátum nem adható meg", "href=\"#joinedOn\"");
        long id = data().worker("02").set("full_name", name).set("joined_on", LocalDate.of(2013, 4, 4)).insert();
        shown(mvc.get().uri("/workers/" + id + "/edit").with(coordinator))
                .contains("nem módosítható: a 2013. év beszámolója lezárult");
        assertThat(worker("/workers/" + id + "/edit", name + " II", "2013-04-04", "0")).hasStatus3xxRedirection();
        refused(worker("/workers/" + id + "/edit", name + " III", "2014-04-04", "1"))
                .contains(name + " III", "2014-04-04", "ez az abba az évbe eső dátum nem módosítható");
        assertThat(column("community_worker", "joined_on", id)).isEqualTo("2013-04-04");
    }
}
