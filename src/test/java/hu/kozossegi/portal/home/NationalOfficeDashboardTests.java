package hu.kozossegi.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import hu.kozossegi.portal.practices.PracticeFixtures;
import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
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
        TestData data = new TestData(jdbc);
        data.targetYear(year);
        jdbc.sql("DELETE FROM county_target WHERE year = ? AND county_code = '03'").param(year).update();
        for (String county : jdbc.sql("SELECT code FROM county WHERE code <> '03'").query(String.class).list()) {
            data.countyTarget(year, county, "NEW_INITIATIVES", county.equals("02") ? 100000 : 0);
        }
        // Data in a past year that nobody closed.
        long settlement = practices.settlement("06", "VILLAGE");
        data.initiative(settlement, "Régi kezdeményezés", "CLOSED", LocalDate.of(2003, 5, 1),
                LocalDate.of(2003, 12, 1));

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
    void theOfficeSeesFailedSkippedAndAbandonedSettlementImportsOnly() throws Exception {
        String tag = "imp" + System.nanoTime();
        importRun(tag + "-hibas.csv", "baranya-coordinator", "02", 12, 3, "CHECKED", Duration.ofHours(1));
        importRun(tag + "-reszleges.csv", "tolna-coordinator", "17", 20, 2, "PARTIAL", Duration.ofDays(2));
        importRun(tag + "-felbehagyott.csv", "vas-coordinator", "18", 5, 0, "CHECKED", Duration.ofHours(3));
        importRun(tag + "-folyamatban.csv", "vas-coordinator", "18", 5, 0, "CHECKED", Duration.ofMinutes(5));
        importRun(tag + "-kesz.csv", "zala-coordinator", "20", 7, 0, "IMPORTED", Duration.ofHours(1));
        importRun(tag + "-felvaltott.csv", "zala-coordinator", "20", 7, 2, "SUPERSEDED", Duration.ofHours(1));
        importRun(tag + "-regi.csv", "zala-coordinator", "20", 7, 2, "CHECKED", Duration.ofDays(40));

        Document page = dashboard(TestUsers.national());
        var items = page.select("ul.failed-imports li").eachText().stream().filter(t -> t.contains(tag)).toList();
        assertThat(items).hasSize(3);
        assertThat(items).anySatisfy(t -> assertThat(t).contains(tag + "-hibas.csv (baranya-coordinator, Baranya): "
                        + "3 hibás sor (12 sorból), semmit sem importált"))
                .anySatisfy(t -> assertThat(t).contains(tag + "-reszleges.csv (tolna-coordinator, Tolna): "
                        + "a jó sorokat importálta, 2 hibás sort (20 sorból) kihagyott"))
                .anySatisfy(t -> assertThat(t).contains(tag + "-felbehagyott.csv (vas-coordinator, Vas): "
                        + "a próbaimport után nem fejeződött be (5 sor)"));
        assertThat(page.select("main").text()).contains("nem sikerült vagy nem fejeződött be az elmúlt 30 napban");
        assertThat(dashboard(TestUsers.coordinator("02")).select("main").text()).doesNotContain(tag);
    }

    private void importRun(String filename, String owner, String county, int rows, int bad, String status,
            Duration ago) {
        new TestData(jdbc).importRun(county).set("owner", owner).set("filename", filename).set("total_rows", rows)
                .set("bad_rows", bad).set("status", status).set("checked_at", OffsetDateTime.now().minus(ago))
                .insert();
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
