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

/** Two users on the same attendance form or visit: the second save is a 409 conflict, never an overwrite. */
@PortalIntegrationTest
class ActivityConflictTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private String presence(long row) {
        return jdbc.sql("SELECT presence FROM event_attendance WHERE id = ?").param(row).query(String.class)
                .optional().orElse(null);
    }

    @Test
    void theSecondAttendanceSaveDoesNotBringBackTheRowTheFirstChanged() throws Exception {
        long event = fixtures.event("02", unique("Kettős"), LocalDateTime.of(2024, 6, 6, 10, 0), 3, "HELD");
        String name = unique("Jelenlévő");
        long first = fixtures.attendance(event, fixtures.worker("02", name)).insert();
        long second = fixtures.attendance(event, fixtures.worker("02", unique("Másik"))).insert();
        // Both users opened the form at version 0; A marks the first worker present.
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + first + "]", "PRESENT").param("version[" + first + "]", "0")
                .param("presence[" + second + "]", "").param("version[" + second + "]", "0")).hasStatus(HttpStatus.FOUND);
        // B still sees the first row empty and records the second one.
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.coordinator("02"))
                .param("presence[" + first + "]", "").param("version[" + first + "]", "0")
                .param("presence[" + second + "]", "ABSENT").param("version[" + second + "]", "0"))
                .hasStatus(HttpStatus.CONFLICT).bodyText()
                .contains("Valaki más időközben módosította a jelenlétet").contains(name);
        assertThat(presence(first)).isEqualTo("PRESENT");
        assertThat(presence(second)).as("nothing of the stale save is kept").isNull();
        // The conflict page keeps B's choice and carries the current versions: saving again is deliberate.
        String page = mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.coordinator("02"))
                .param("presence[" + first + "]", "").param("version[" + first + "]", "0")
                .param("presence[" + second + "]", "ABSENT").param("version[" + second + "]", "0")
                .exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("name=\"version[" + first + "]\" value=\"1\"")
                .containsPattern("value=\"ABSENT\" selected");
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.coordinator("02"))
                .param("presence[" + first + "]", "PRESENT").param("version[" + first + "]", "1")
                .param("presence[" + second + "]", "ABSENT").param("version[" + second + "]", "0")).hasStatus(HttpStatus.FOUND);
        assertThat(presence(second)).isEqualTo("ABSENT");
    }

    @Test
    void aFormWithoutVersionsIsRefused() {
        long event = fixtures.event("02", unique("Verziótlan"), LocalDateTime.of(2024, 6, 6, 10, 0), 3, "HELD");
        long row = fixtures.attendance(event, fixtures.worker("02", unique("Régi"))).insert();
        assertThat(mvc.post().uri("/events/" + event + "/attendance").with(csrf()).with(TestUsers.developer("02"))
                .param("presence[" + row + "]", "PRESENT")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(presence(row)).isNull();
    }

    @Test
    void aStaleVisitEditIsAConflict() {
        String host = unique("Vendéglátó");
        String guest = unique("Látogató");
        fixtures.settlement("02", host);
        fixtures.settlement("02", guest);
        String purpose = unique("Cél");
        assertThat(mvc.post().uri("/visits/new").with(csrf()).param("visitDate", "2031-09-10").param("county", "02")
                .param("hostSettlement", host).param("visitingSettlements", guest).param("otherParticipants", "12")
                .param("purpose", purpose).with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FOUND);
        long id = jdbc.sql("SELECT id FROM exchange_visit WHERE purpose = ?").param(purpose).query(Long.class).single();
        jdbc.sql("UPDATE exchange_visit SET version = version + 2 WHERE id = ?").param(id).update();
        assertThat(mvc.post().uri("/visits/" + id + "/edit").with(csrf()).param("visitDate", "2031-09-10")
                .param("county", "02").param("hostSettlement", host).param("visitingSettlements", guest)
                .param("otherParticipants", "12").param("purpose", "Átírva").param("version", "0")
                .with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.CONFLICT);
        assertThat(jdbc.sql("SELECT purpose FROM exchange_visit WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(purpose);
    }
}
