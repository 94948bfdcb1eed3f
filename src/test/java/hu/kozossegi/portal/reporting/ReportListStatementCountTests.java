package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The lists the report figures link to are paginated in SQL: a full page runs the same small number of statements
 * as the next page, whatever the number of rows (60 of each kind here, in a year of their own).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportListStatementCountTests {

    static final int YEAR = 2033;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void data() {
        jdbc.sql("""
                INSERT INTO settlement (name, county_code, type, disadvantaged)
                SELECT 'Lapozó-falu ' || g, '17', 'VILLAGE', g % 2 = 0 FROM generate_series(1, 60) g""").update();
        jdbc.sql("""
                INSERT INTO community_worker (full_name, county_code, kind)
                SELECT 'Lapozó Munkás ' || g, '17', 'VOLUNTEER' FROM generate_series(1, 60) g""").update();
        jdbc.sql("""
                INSERT INTO initiative (title, primary_settlement_id, status, start_date, lead_worker_id,
                    resident_participants)
                SELECT 'Lapozó ' || g, s.id, 'RUNNING', make_date(:y, 3, 1), w.id, 3
                FROM generate_series(1, 60) g
                JOIN settlement s ON s.name = 'Lapozó-falu ' || g
                JOIN community_worker w ON w.full_name = 'Lapozó Munkás ' || g""").param("y", YEAR).update();
        jdbc.sql("""
                INSERT INTO initiative_outcome (initiative_id, type, name, achieved_on)
                SELECT id, 'CLUB', 'Lapozó klub', make_date(:y, 5, 5) FROM initiative WHERE title LIKE 'Lapozó %'""")
                .param("y", YEAR).update();
        jdbc.sql("""
                INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, status)
                SELECT 'WORKSHOP', 'Lapozó műhely ' || g, '17', make_timestamptz(:y, 4, 1, 10, 0, 0, 'Europe/Budapest'),
                    make_timestamptz(:y, 4, 1, 12, 0, 0, 'Europe/Budapest'), 'HELD' FROM generate_series(1, 60) g""")
                .param("y", YEAR).update();
        jdbc.sql("""
                INSERT INTO organisation (name, kind, county_code, seat_settlement_id, founded_on)
                SELECT 'Lapozó egyesület ' || i.title, 'ASSOCIATION', '17', i.primary_settlement_id, make_date(:y, 6, 6)
                FROM initiative i WHERE i.title LIKE 'Lapozó %'""").param("y", YEAR).update();
        jdbc.sql("""
                INSERT INTO organisation_initiative (organisation_id, initiative_id, relation)
                SELECT o.id, i.id, 'RUNS' FROM organisation o JOIN initiative i ON o.name = 'Lapozó egyesület ' || i.title""")
                .update();
    }

    private long statements(String uri) {
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(TestUsers.coordinator("17"))).hasStatusOk();
        return SqlStatementCounter.count();
    }

    @Test
    void everyFigureListRunsABoundedNumberOfStatements() {
        for (String list : List.of("/reports/" + YEAR + "/settlements?county=17",
                "/reports/" + YEAR + "/workers?county=17&kind=VOLUNTEER", "/reports/" + YEAR + "/outcomes?type=CLUB",
                "/reports/" + YEAR + "/organisations?county=17", "/reports/" + YEAR + "/organisations?which=founded",
                "/initiatives?county=17&year=" + YEAR + "&scope=new",
                "/events?county=17&year=" + YEAR + "&status=HELD&kind=WORKSHOP",
                "/visits?organiser=17&year=" + YEAR, "/good-practices?county=17&accreditedYear=" + YEAR)) {
            statements(list);
            long first = statements(list);
            long next = statements(list + "&page=1");
            // Page 1 may lie past the last page: the list then reads the last page again (the page-past-last rule).
            assertThat(first).as(list).isPositive().isLessThanOrEqualTo(8);
            assertThat(next).as(list + "&page=1").isPositive().isLessThanOrEqualTo(8);
        }
    }
}
