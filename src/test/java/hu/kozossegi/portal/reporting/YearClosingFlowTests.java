package hu.kozossegi.portal.reporting;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import hu.kozossegi.portal.reporting.internal.OpenPoints;
import hu.kozossegi.portal.reporting.internal.YearCompleteness;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Closing a year: the completeness check's figures on a hand-built 2016 (counties 06 and 07 only), the
 * confirmation the national office must give, and the close and reopen messages naming the year.
 */
@PortalIntegrationTest
class YearClosingFlowTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    YearCompleteness completeness;

    private TestData data() {
        return new TestData(jdbc);
    }

    /** A 30-minute workshop starting at {@code startsAt} ("2016-03-01 10:00", Budapest time). */
    private void event(String county, String status, String startsAt, String... presence) {
        LocalDateTime start = LocalDateTime.parse(startsAt.replace(' ', 'T'));
        long id = data().event(county, start, 0).set("ends_at", TestData.budapest(start.plusMinutes(30)))
                .set("title", unique("Ellenőrzés")).set("status", status)
                .set("cancel_reason", "CANCELLED".equals(status) ? "elmarad" : null).insert();
        for (String p : presence) {
            long worker = data().worker(county).set("full_name", unique("Jelen")).insert();
            data().attendance(id, worker).set("presence", p.isEmpty() ? null : p).insert();
        }
    }

    private long initiative(String county, String status, String start, String end) {
        long settlement = data().settlement(county).set("name", unique("Teljesfalu")).insert();
        return data().initiative(settlement).set("title", unique("Teljesség")).set("status", status)
                .set("start_date", LocalDate.parse(start)).set("end_date", end == null ? null : LocalDate.parse(end))
                .insert();
    }

    private void note(long initiative, String date) {
        data().note(initiative).set("noted_on", LocalDate.parse(date)).set("text", "x").set("author", "x").insert();
    }

    @Test
    void theCompletenessCheckCountsWhatEachCountyLeftOpen() {
        // county 06: two past events still scheduled, one held without any attendance, one held with a row
        // but nobody marked, one held with presence recorded; events of other years or cancelled do not count
        event("06", "SCHEDULED", "2016-03-01 10:00");
        event("06", "SCHEDULED", "2016-12-31 23:30");
        event("06", "SCHEDULED", "2015-12-31 23:30");
        event("06", "SCHEDULED", "2017-01-01 00:30");
        event("06", "CANCELLED", "2016-04-01 10:00");
        event("06", "HELD", "2016-05-01 10:00");
        event("06", "HELD", "2016-05-02 10:00", "");
        event("06", "HELD", "2016-05-03 10:00", "PRESENT", "");
        event("06", "HELD", "2016-05-04 10:00", "ABSENT");
        // running initiatives of 06 active in 2016: without a note in 2016 (counted), with one (not counted)
        long withoutNote = initiative("06", "RUNNING", "2015-02-01", null);
        note(initiative("06", "RUNNING", "2016-02-01", null), "2015-12-31");
        note(initiative("06", "RUNNING", "2014-02-01", null), "2016-06-30");
        initiative("06", "RUNNING", "2017-01-01", null);
        initiative("06", "CLOSED", "2015-01-01", "2016-05-01");
        initiative("06", "RUNNING", "2013-01-01", "2015-12-31");
        // county 07: one held event without attendance; 06 has targets, 07 none
        event("07", "HELD", "2016-07-01 10:00");
        data().countyTarget(2016, "06", "VISITS_HELD", 2);

        SqlStatementCounter.reset();
        List<OpenPoints> all = completeness.check(2016);
        assertThat(SqlStatementCounter.count()).as("the data version, then every figure in one statement").isEqualTo(2);
        assertThat(all).hasSize(20);
        // Kept while the data version is unchanged: the same figures for the version's read alone.
        SqlStatementCounter.reset();
        assertThat(completeness.check(2016)).isEqualTo(all);
        assertThat(SqlStatementCounter.count()).isEqualTo(1);
        OpenPoints csongrad = all.stream().filter(p -> p.countyCode().equals("06")).findFirst().orElseThrow();
        assertThat(csongrad.pastScheduled()).isEqualTo(2);
        assertThat(csongrad.heldWithoutAttendance()).isEqualTo(2);
        assertThat(csongrad.runningWithoutNote()).isEqualTo(2);
        assertThat(csongrad.targetsMissing()).isFalse();
        OpenPoints fejer = completeness.check(2016, "07");
        assertThat(fejer.heldWithoutAttendance()).isEqualTo(1);
        assertThat(fejer.pastScheduled()).isZero();
        assertThat(fejer.targetsMissing()).isTrue();
        // Kept, and exact: a note and a county target written since (data-version sources, V95) show at once.
        note(withoutNote, "2016-03-01");
        data().countyTarget(2016, "07", "VISITS_HELD", 1);
        assertThat(completeness.check(2016, "06").runningWithoutNote()).isEqualTo(1);
        assertThat(completeness.check(2016, "07").targetsMissing()).isFalse();
        jdbc.sql("DELETE FROM county_target WHERE year = 2016 AND county_code = '07'").update();
        assertThat(completeness.check(2016, "07").targetsMissing()).isTrue();

        MvcTestResult page = mvc.get().uri("/admin/years/2016").with(TestUsers.national()).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Teljességi ellenőrzés",
                "/events?county=06&amp;status=SCHEDULED&amp;from=2016-01-01&amp;to=2016-12-31\">2</a>",
                "/admin/targets/2016", "Átnéztem a nyitott pontokat");
    }

    @Test
    void closingNeedsTheConfirmationAndBothMessagesNameTheYear() throws Exception {
        int year = 2017;
        MvcTestResult unconfirmed = mvc.post().uri("/admin/years/" + year + "/close").with(TestUsers.national())
                .with(csrf()).exchange();
        assertThat(unconfirmed).hasStatus(400).bodyText().contains("Hiba:", "Erősítse meg, hogy átnézte a nyitott pontokat",
                "Teljességi ellenőrzés");
        assertThat(jdbc.sql("SELECT count(*) FROM report_year WHERE year = ? AND closed").param(year)
                .query(Long.class).single()).isZero();
        assertThat(mvc.post().uri("/admin/years/" + year + "/close").with(TestUsers.coordinator("06")).with(csrf())
                .param("confirmed", "true")).hasStatus(403);

        // each language sees each message once: close (hu), reopen (en), close (en), reopen (hu)
        assertThat(shownAfter(close(year), "hu")).contains("A 2017. évet lezártuk.").doesNotContain("{0");
        assertThat(shownAfter(reopen(year), "en")).contains("The 2017 report year has been reopened.");
        assertThat(shownAfter(close(year), "en")).contains("The 2017 report year has been closed.");
        assertThat(shownAfter(reopen(year), "hu")).contains("A 2017. évet újranyitottuk.").doesNotContain("{0");
    }

    private MvcTestResult close(int year) {
        MvcTestResult result = mvc.post().uri("/admin/years/" + year + "/close").with(TestUsers.national()).with(csrf())
                .param("confirmed", "true").exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result;
    }

    private MvcTestResult reopen(int year) {
        MvcTestResult result = mvc.post().uri("/admin/years/" + year + "/reopen").with(TestUsers.national())
                .with(csrf()).param("reason", "Javítás").exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result;
    }

    /** The page the redirect leads to, in the same (database-backed) session that carries the flash message. */
    private String shownAfter(MvcTestResult redirect, String lang) throws Exception {
        assertThat(redirect.getMvcResult().getFlashMap().get("flashArgs")).isNotNull();
        MvcTestResult page = mvc.get().uri(redirect.getResponse().getRedirectedUrl()).param("lang", lang)
                .cookie(redirect.getResponse().getCookies()).with(TestUsers.national()).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void countyStaffSeeTheirOpenPointsOnTheDashboardAndHistoryHeadingsHaveNoPlaceholder() {
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.coordinator("06"))).hasStatusOk().bodyText()
                .containsPattern("A 20\\d\\d\\. év nyitott pontjai");
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.national())).hasStatusOk().bodyText()
                .doesNotContain("nyitott pontjai");
        long settlement = data().settlement("06").set("name", unique("Fejlécfalu")).insert();
        long worker = data().worker("06").set("full_name", unique("Fejléc")).insert();
        assertThat(mvc.get().uri("/settlements/" + settlement).with(TestUsers.coordinator("06"))).hasStatusOk()
                .bodyText().contains("<h2>Változások</h2>").doesNotContain("{0");
        assertThat(mvc.get().uri("/workers/" + worker).with(TestUsers.coordinator("06"))).hasStatusOk()
                .bodyText().contains("<h2>Változások</h2>").doesNotContain("{0");
    }
}
