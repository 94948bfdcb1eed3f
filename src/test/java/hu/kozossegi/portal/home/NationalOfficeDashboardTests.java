package hu.kozossegi.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import hu.kozossegi.portal.practices.PracticeFixtures;
import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The national office's start page says what needs the office now: practices waiting for review, counties
 * without targets this year, counties behind this year's targets, past years not closed; with a bounded number
 * of statements. County staff do not see that panel, and the office sees no "county's next events" heading.
 */
@PortalIntegrationTest
class NationalOfficeDashboardTests {

    static final int STATEMENTS_MAX = 25;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PracticeFixtures practices;

    @Test
    void theOfficeSeesWhatWaitsForItAndNoCountyHeading() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Budapest")).getYear();
        String title = "Bírálatra vár " + System.nanoTime();
        practices.practice("05", title, PracticeStatus.SUBMITTED);
        // Every county but Bács-Kiskun (03) gets a target; Bács-Kiskun's is far above anything it can reach yet.
        jdbc.sql("INSERT INTO target_year (year, updated_by) VALUES (?, 'teszt') ON CONFLICT DO NOTHING").param(year)
                .update();
        jdbc.sql("DELETE FROM county_target WHERE year = ? AND county_code = '03'").param(year).update();
        jdbc.sql("""
                INSERT INTO county_target (year, county_code, indicator, min_value)
                SELECT ?, code, 'NEW_INITIATIVES', CASE WHEN code = '02' THEN 100000 ELSE 0 END
                FROM county WHERE code <> '03'
                ON CONFLICT (year, county_code, indicator) DO UPDATE SET min_value = excluded.min_value,
                    max_value = NULL""").param(year).update();
        // Data in a past year that nobody closed.
        long settlement = practices.settlement("06", "VILLAGE");
        jdbc.sql("""
                INSERT INTO initiative (title, primary_settlement_id, status, start_date, end_date)
                VALUES ('Régi kezdeményezés', ?, 'CLOSED', DATE '2003-05-01', DATE '2003-12-01')""")
                .param(settlement).update();

        Document page = dashboard(TestUsers.national());
        String text = page.select("main").text();
        assertThat(text).contains("Ami most az országos irodára vár");
        assertThat(page.select("a[href=/good-practices/review]").text()).contains("jó gyakorlat vár bírálatra");
        assertThat(text).contains(year + ". évi célkitűzés nélküli megyék (1): Bács-Kiskun");
        assertThat(page.select("a[href=/admin/years/2003]")).isNotEmpty();
        assertThat(page.select("a[href=/reports/" + year + "/counties/02]").text()).isEqualTo("Baranya");
        assertThat(text).doesNotContain("A megye következő eseményei").contains("A következő országos események");

        dashboard(TestUsers.national());
        SqlStatementCounter.reset();
        dashboard(TestUsers.national());
        assertThat(SqlStatementCounter.count()).isLessThanOrEqualTo(STATEMENTS_MAX);
    }

    @Test
    void countyStaffSeeTheirCountyNotTheOfficePanel() throws Exception {
        String text = dashboard(TestUsers.coordinator("02")).select("main").text();
        assertThat(text).doesNotContain("Ami most az országos irodára vár").contains("A megye következő eseményei");
    }

    private Document dashboard(RequestPostProcessor user) throws Exception {
        var response = mvc.get().uri("/dashboard").with(user).exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
