package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDateTime;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@PortalIntegrationTest
class AttendanceWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private long registrations(long eventId) {
        return jdbc.sql("SELECT count(*) FROM event_attendance WHERE event_id = ?").param(eventId)
                .query(Long.class).single();
    }

    @Test
    void aHostileVersionOrRowIsA400AndNothingIsRecorded() {
        long event = fixtures.event("02", unique("Ellenséges"), LocalDateTime.of(2024, 6, 7, 10, 0), 3, "HELD");
        long row = fixtures.attendance(event, fixtures.worker("02", unique("Óvatos"))).insert();
        for (String version : new String[] {"<script>alert(1)</script>", "1e99", "", "99999999999999999999", "-"}) {
            assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                    .param("presence[" + row + "]", "PRESENT").param("version[" + row + "]", version))
                    .as(version).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                    .param("allPresent", "true").param("version[" + row + "]", version))
                    .as(version).hasStatus(HttpStatus.BAD_REQUEST);
        }
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[x" + row + "]", "PRESENT").param("version[x" + row + "]", "0"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + row + "]", "PRESENT").param("version[" + (row + 1) + "]", "0"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT presence FROM event_attendance WHERE id = ?").param(row).query(String.class)
                .optional().orElse(null)).isNull();
        // The same form with the version it was opened at saves.
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + row + "]", "PRESENT").param("version[" + row + "]", "0"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT presence FROM event_attendance WHERE id = ?").param(row).query(String.class)
                .single()).isEqualTo("PRESENT");
    }

    @Test
    void searchOffersTheEventsCountyAndNobodyIsRegisteredTwice() throws Exception {
        String family = unique("Vándor");
        long other = fixtures.worker("13", family + " Aladár");
        long own = fixtures.worker("02", family + " Zoltán");
        long event = fixtures.event("02", unique("Műhely"), LocalDateTime.of(2031, 5, 5, 10, 0), 3, "SCHEDULED");
        String page = mvc.get().uri("/events/" + event + "/attendance?q=" + family.toLowerCase())
                .with(TestUsers.developer("02")).exchange().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        // The search lists the event county's workers to tick; a worker of another county may still be posted.
        assertThat(page).contains(family + " Zoltán").doesNotContain(family + " Aladár");
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.post().uri("/events/" + event + "/attendance/register").with(csrf())
                    .param("workerId", String.valueOf(own)).with(TestUsers.developer("02")))
                    .hasStatus(HttpStatus.FOUND);
        }
        assertThat(mvc.post().uri("/events/" + event + "/attendance/register").with(csrf())
                .param("workerId", String.valueOf(other)).with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FOUND);
        assertThat(registrations(event)).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO event_attendance (event_id, worker_id) VALUES (?, ?)")
                .param(event).param(own).update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void anotherCountyCannotRegisterOrRecord() {
        long worker = fixtures.worker("02", unique("Munkás"));
        long event = fixtures.event("02", unique("Műhely"), LocalDateTime.of(2024, 5, 5, 10, 0), 3, "HELD");
        assertThat(mvc.post().uri("/events/" + event + "/attendance/register").with(csrf())
                .param("workerId", String.valueOf(worker)).with(TestUsers.developer("13")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(registrations(event)).isZero();
        long row = fixtures.attendance(event, worker).insert();
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf())
                .param("presence[" + row + "]", "PRESENT").with(TestUsers.coordinator("13")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/events/" + event + "/attendance/" + row + "/remove").with(csrf())
                .with(TestUsers.coordinator("13"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(registrations(event)).isOne();
        assertThat(jdbc.sql("SELECT presence FROM event_attendance WHERE id = ?").param(row).query(String.class)
                .optional()).isEmpty();
    }

    @Test
    void presenceIsRecordedInOneFormAfterTheStartAndCounted() {
        long event = fixtures.event("02", unique("Múlt"), LocalDateTime.of(2024, 5, 5, 10, 0), 3, "HELD");
        long[] rows = new long[3];
        for (int i = 0; i < 3; i++) {
            rows[i] = fixtures.attendance(event, fixtures.worker("02", unique("Jelen"))).insert();
        }
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + rows[0] + "]", "PRESENT").param("presence[" + rows[1] + "]", "PRESENT")
                .param("presence[" + rows[2] + "]", "EXCUSED").param("version[" + rows[0] + "]", "0")
                .param("version[" + rows[1] + "]", "0").param("version[" + rows[2] + "]", "0")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/events/" + event).with(TestUsers.developer("13"))).hasStatusOk().bodyText()
                .contains("2 fő jelen volt (3 regisztrált)");
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + rows[0] + "]", "MAYBE")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void presenceCannotBeRecordedBeforeTheStart() {
        long event = fixtures.event("02", unique("Jövő"), LocalDateTime.of(2035, 5, 5, 10, 0), 3, "SCHEDULED");
        long row = fixtures.attendance(event, fixtures.worker("02", unique("Korai"))).insert();
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + row + "]", "PRESENT").param("version[" + row + "]", "0")).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT presence FROM event_attendance WHERE id = ?").param(row).query(String.class)
                .optional()).isEmpty();
    }
}
