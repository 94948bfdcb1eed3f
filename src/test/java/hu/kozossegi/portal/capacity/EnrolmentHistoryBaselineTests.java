package hu.kozossegi.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.sql.DataSource;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * V92 gives every enrolment made before its history began (V89) one "created" revision with its values, so that
 * its page shows where it started; enrolments that have a history are left alone, and a second run adds nothing.
 * The enrolment is inserted without a revision, as every enrolment made before V89 was.
 */
@PortalIntegrationTest
class EnrolmentHistoryBaselineTests {

    private static final String MIGRATION = "db/migration/V92__capacity_enrolment_history_baseline.sql";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anEnrolmentWithoutRevisionsGetsItsCreatedRevisionOnce() throws Exception {
        CapacityData data = new CapacityData(jdbc);
        long programme = data.programme(2019, 2020);
        long organisation = data.organisation("12", "Salgótarjáni Fiatalok Köre");
        long enrolment = data.enrol(programme, organisation, LocalDate.of(2019, 3, 4), LocalDate.of(2020, 6, 30));
        jdbc.sql("UPDATE capacity_enrolment SET note = 'régi felvétel', created_at = '2019-03-04 10:00+01' WHERE id = ?")
                .param(enrolment).update();
        assertThat(historyRows(enrolment)).as("no history before the migration").isEmpty();

        migrate();
        migrate();

        assertThat(jdbc.sql("SELECT count(*) FROM capacity_enrolment_aud WHERE id = ?").param(enrolment)
                .query(Long.class).single()).as("one revision, however often the migration runs").isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT r.username || ' ' || a.revtype || ' ' || a.enrolled_on || ' ' || a.left_on || ' ' || a.note
                       || ' ' || to_char(to_timestamp(r.revtstmp / 1000) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
                FROM capacity_enrolment_aud a JOIN revinfo r ON r.rev = a.rev WHERE a.id = ?""").param(enrolment)
                .query(String.class).single())
                .isEqualTo("system 0 2019-03-04 2020-06-30 régi felvétel 2019-03-04 09:00");
        Elements rows = historyRows(enrolment);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text()).contains("Felvétel");
    }

    @Test
    void anEnrolmentWithAHistoryIsLeftAlone() throws Exception {
        CapacityData data = new CapacityData(jdbc);
        long programme = data.programme(2027, 2028);
        long organisation = data.organisation("12", "Bátonyterenyei Kertbarátok");
        MvcTestResult created = mvc.post().uri("/programmes/{id}/enrolments/new", programme).with(csrf())
                .with(TestUsers.coordinator("12")).param("organisationId", Long.toString(organisation))
                .param("enrolledOn", "2027-05-06").exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String location = created.getResponse().getRedirectedUrl();
        long enrolment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        migrate();

        assertThat(jdbc.sql("""
                SELECT r.username FROM capacity_enrolment_aud a JOIN revinfo r ON r.rev = a.rev WHERE a.id = ?""")
                .param(enrolment).query(String.class).list()).as("the form's own revision, no second one")
                .singleElement().asString().startsWith("county_coordinator-");
        assertThat(historyRows(enrolment)).hasSize(1);
    }

    private void migrate() throws Exception {
        try (var connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(MIGRATION));
        }
    }

    private Elements historyRows(long enrolment) throws Exception {
        String html = mvc.get().uri("/enrolments/{id}", enrolment).with(TestUsers.developer("12")).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("#history ~ div table tbody tr");
    }
}
