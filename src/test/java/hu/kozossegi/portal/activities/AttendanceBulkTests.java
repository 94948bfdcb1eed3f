package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.activities.ActivitiesFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Registering many workers at once, marking everyone present, with the rights and the year lock. */
@PortalIntegrationTest
class AttendanceBulkTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private Document page(String uri) {
        var result = mvc.get().uri(uri).with(TestUsers.developer("02")).exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private MockMvcRequestBuilder register(long event, List<Long> workers) {
        MockMvcRequestBuilder post = mvc.post().uri("/events/" + event + "/attendance/register").with(csrf());
        for (Long w : workers) {
            post = post.param("workerId", String.valueOf(w));
        }
        return post;
    }

    private List<Long> registered(long event) {
        return jdbc.sql("SELECT worker_id FROM event_attendance WHERE event_id = ? ORDER BY worker_id").param(event)
                .query(Long.class).list();
    }

    private long row(long event, long worker) {
        return fixtures.attendance(event, worker).insert();
    }

    private List<String> presences(long event) {
        return jdbc.sql("SELECT coalesce(presence, '-') FROM event_attendance WHERE event_id = ? ORDER BY id")
                .param(event).query(String.class).list();
    }

    @Test
    void searchListsTheCountysWorkersWithoutAccentsToTickAndTheSearchFieldSubmitsTheSearch() {
        String family = unique("Ősz");
        long first = fixtures.worker("02", family + " Árpád");
        long second = fixtures.worker("02", family + " Éva");
        fixtures.worker("13", family + " Idegen");
        long event = fixtures.event("02", unique("Műhely"), LocalDateTime.of(2031, 5, 5, 10, 0), 3, "SCHEDULED");
        row(event, second);
        String folded = family.replace("Ő", "o").toUpperCase();
        Document doc = page("/events/" + event + "/attendance?q=" + folded);
        var boxes = doc.select("#register-form input[type=checkbox][name=workerId]");
        assertThat(boxes.eachAttr("value")).containsExactly(String.valueOf(first), String.valueOf(second));
        assertThat(doc.select("#pick-" + second).hasAttr("disabled")).isTrue();
        assertThat(doc.select("label[for=pick-" + first + "]").text()).contains(family + " Árpád");
        assertThat(doc.text()).doesNotContain(family + " Idegen");
        // The search field sits in its own GET form: Enter there searches, it cannot register anybody.
        var searchForm = doc.getElementById("worker-q").closest("form");
        assertThat(searchForm.attr("method")).isEqualTo("get");
        assertThat(searchForm.select("button[type=submit]")).hasSize(1);
        assertThat(page("/events/" + event + "/attendance?q=%25").select("#register-form")).isEmpty();
    }

    @Test
    void tickedWorkersAreAddedOnceInABoundedNumberOfStatements() {
        long event = fixtures.event("02", unique("Műhely"), LocalDateTime.of(2031, 6, 5, 10, 0), 3, "SCHEDULED");
        long few = fixtures.event("02", unique("Műhely"), LocalDateTime.of(2031, 6, 6, 10, 0), 3, "SCHEDULED");
        List<Long> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(fixtures.worker("02", unique("Sok")));
        }
        row(event, many.get(0));
        SqlStatementCounter.reset();
        assertThat(register(few, many.subList(0, 2)).with(TestUsers.developer("02"))).hasStatus(HttpStatus.FOUND);
        long two = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        assertThat(register(event, many).with(TestUsers.developer("02"))).hasStatus(HttpStatus.FOUND)
                .flash().containsEntry("flashSuccess", "attendance.registeredMany");
        long thirty = SqlStatementCounter.count();
        assertThat(thirty).isEqualTo(two).isLessThanOrEqualTo(12);
        assertThat(registered(event)).containsExactlyInAnyOrderElementsOf(many);
        assertThat(register(event, many.subList(0, 3)).with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flashWarning", "attendance.already");
        assertThat(registered(event)).hasSize(30);
    }

    @Test
    void capacityLeavesTheRestOutAndNothingTickedOrUnknownIsNoWrite() {
        long event = fixtures.event("02", unique("Kicsi"), LocalDateTime.of(2031, 7, 5, 10, 0), 3, "SCHEDULED");
        jdbc.sql("UPDATE activity_event SET capacity = 3 WHERE id = ?").param(event).update();
        List<Long> workers = List.of(fixtures.worker("02", unique("A")), fixtures.worker("02", unique("B")),
                fixtures.worker("02", unique("C")), fixtures.worker("02", unique("D")));
        row(event, workers.get(0));
        assertThat(register(event, workers).with(TestUsers.developer("02"))).hasStatus(HttpStatus.FOUND);
        assertThat(registered(event)).containsExactlyInAnyOrderElementsOf(workers.subList(0, 3));
        assertThat(register(event, List.of()).with(TestUsers.developer("02"))).hasStatus(HttpStatus.FOUND)
                .flash().containsEntry("flashWarning", "attendance.noneTicked");
        assertThat(register(event, List.of(987654321L)).with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(registered(event)).hasSize(3);
    }

    @Test
    void anotherCountyGets403AndNothingChanges() {
        long event = fixtures.event("02", unique("Műhely"), LocalDateTime.of(2024, 5, 5, 10, 0), 3, "HELD");
        long worker = fixtures.worker("02", unique("Munkás"));
        long other = fixtures.worker("02", unique("Másik"));
        long row = row(event, worker);
        assertThat(register(event, List.of(other)).with(TestUsers.developer("13"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(register(event, List.of()).with(TestUsers.coordinator("13"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).param("allPresent", "true")
                .param("presence[" + row + "]", "").param("version[" + row + "]", "0").with(TestUsers.developer("13")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(registered(event)).containsExactly(worker);
        assertThat(presences(event)).containsExactly("-");
    }

    @Test
    void markAllPresentSavesEveryShownRowAndTheRowsStayEditable() {
        long event = fixtures.event("02", unique("Múlt"), LocalDateTime.of(2024, 9, 5, 10, 0), 3, "HELD");
        long a = row(event, fixtures.worker("02", unique("Jelen")));
        long b = row(event, fixtures.worker("02", unique("Jelen")));
        jdbc.sql("UPDATE event_attendance SET presence = 'ABSENT', version = 2 WHERE id = ?").param(b).update();
        Document doc = page("/events/" + event + "/attendance");
        var form = doc.getElementById("presence-form");
        assertThat(form.select(".button-group button[type=submit]").eachText()).containsExactly("Jelenlét mentése",
                "Mindenki jelen volt");
        assertThat(form.select("select[name='presence[" + a + "]']")).hasSize(1);
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("allPresent", "true").param("presence[" + a + "]", "").param("version[" + a + "]", "0")
                .param("presence[" + b + "]", "ABSENT").param("version[" + b + "]", "2")).hasStatus(HttpStatus.FOUND);
        assertThat(presences(event)).containsExactly("PRESENT", "PRESENT");
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + a + "]", "PRESENT").param("version[" + a + "]", "1")
                .param("presence[" + b + "]", "EXCUSED").param("version[" + b + "]", "3")).hasStatus(HttpStatus.FOUND);
        assertThat(presences(event)).containsExactly("PRESENT", "EXCUSED");
    }

    @Test
    void markAllPresentWithAStaleVersionIs409AndSavesNothing() {
        long event = fixtures.event("02", unique("Ütközés"), LocalDateTime.of(2024, 10, 5, 10, 0), 3, "HELD");
        long a = row(event, fixtures.worker("02", unique("Jelen")));
        long b = row(event, fixtures.worker("02", unique("Jelen")));
        jdbc.sql("UPDATE event_attendance SET presence = 'ABSENT', version = 1 WHERE id = ?").param(b).update();
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("allPresent", "true").param("presence[" + a + "]", "").param("version[" + a + "]", "0")
                .param("presence[" + b + "]", "").param("version[" + b + "]", "0")).hasStatus(HttpStatus.CONFLICT)
                .bodyText().contains("Valaki más időközben módosította a jelenlétet");
        assertThat(presences(event)).containsExactly("-", "ABSENT");
    }

    @Test
    void markAllPresentIsRefusedInAClosedYearForCountyStaff() {
        fixtures.closedYear(2012);
        long event = fixtures.event("02", unique("Lezárt"), LocalDateTime.of(2012, 4, 5, 10, 0), 3, "HELD");
        long a = row(event, fixtures.worker("02", unique("Jelen")));
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("allPresent", "true").param("presence[" + a + "]", "").param("version[" + a + "]", "0"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(register(event, List.of(fixtures.worker("02", unique("Késő")))).with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(presences(event)).containsExactly("-");
    }
}
