package hu.kozossegi.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.capacity.internal.Dimension;
import hu.kozossegi.portal.capacity.internal.ProgrammeIndicator;
import hu.kozossegi.portal.capacity.internal.ProgrammeReport;
import hu.kozossegi.portal.capacity.internal.ProgrammeReport.DimensionChange;
import hu.kozossegi.portal.capacity.internal.ProgrammeReport.Line;
import hu.kozossegi.portal.capacity.internal.ProgrammeReports;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The programme report on a hand-built programme (2024–2025), every cell asserted, and every linked figure equal
 * to the row count (or hours sum) of its list. What counts and what does not:
 * <ul>
 * <li>enrolled: A, B (Nógrád, target 3), C (Baranya, target 2); D (Nógrád) is not enrolled, E is enrolled in
 * another programme;</li>
 * <li>trainings: T1 (5 recorded hours; w1 with A and w2 with B present, w3 with A absent, w4 present without an
 * organisation) and T2 (31 December 2025 23:30 Budapest time, two hours long, none recorded; w1 with C); not
 * T3 (1 January 2026), T4 (scheduled), T5 (only E's participant);</li>
 * <li>mentoring: C1 (serves A), C2 (serves C); not C3 (cancelled), C4 (serves D);</li>
 * <li>initiatives: I1 (A runs it, started 2024); not I2 (B's, started 2023), I3 (C's, planned), I4 (D's);
 * outcomes: of I2 in 2024; not I1's in 2026, not I4's;</li>
 * <li>capacity: A and C assessed at entry and exit, B at entry only; milestones: A on time, A late, B open;</li>
 * <li>practices taken up: A's (implementing from April 2024) and the programme's initiative P1's (running from
 * 31 December 2025); not B's (only exploring), not C's (running in 2023, dropped in 2024), not D's (not enrolled),
 * not P2's (running from 1 January 2026).</li>
 * </ul>
 */
@PortalIntegrationTest
class ProgrammeReportTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeReports reports;

    @Autowired
    MockMvcTester mvc;

    long programme;

    @BeforeEach
    void handBuiltProgramme() {
        CapacityData d = new CapacityData(jdbc);
        programme = d.programme(2024, 2025);
        long other = d.programme(2024, 2025);
        long a = d.organisation("12", "Alfa Csoport");
        long b = d.organisation("12", "Béta Egyesület");
        long c = d.organisation("02", "Cé Közösség");
        long dd = d.organisation("12", "Dé Kör");
        long e = d.organisation("02", "É Egylet");
        long ea = d.enrol(programme, a, LocalDate.of(2024, 1, 15), null);
        long eb = d.enrol(programme, b, LocalDate.of(2024, 3, 1), LocalDate.of(2025, 6, 30));
        long ec = d.enrol(programme, c, LocalDate.of(2024, 2, 1), null);
        d.enrol(other, e, LocalDate.of(2024, 2, 1), null);

        long w1 = d.worker("12");
        long w2 = d.worker("12");
        long w3 = d.worker("12");
        long w4 = d.worker("02");
        long t1 = d.event("TRAINING", "HELD", "12", "2024-03-10 10:00+01", "2024-03-10 16:00+01", 5.0, null);
        d.attend(t1, w1, "PRESENT", a);
        d.attend(t1, w2, "PRESENT", b);
        d.attend(t1, w3, "ABSENT", a);
        d.attend(t1, w4, "PRESENT", null);
        long t2 = d.event("TRAINING", "HELD", "02", "2025-12-31 23:30+01", "2026-01-01 01:30+01", null, null);
        d.attend(t2, w1, "PRESENT", c);
        long t3 = d.event("TRAINING", "HELD", "12", "2026-01-01 10:00+01", "2026-01-01 12:00+01", 2.0, null);
        d.attend(t3, w2, "PRESENT", a);
        long t4 = d.event("TRAINING", "SCHEDULED", "12", "2024-05-01 10:00+02", "2024-05-01 12:00+02", 2.0, null);
        d.attend(t4, w3, "PRESENT", a);
        long t5 = d.event("TRAINING", "HELD", "02", "2024-06-01 10:00+02", "2024-06-01 12:00+02", 2.0, null);
        d.attend(t5, w4, "PRESENT", e);
        d.event("CONSULTATION", "HELD", "12", "2024-04-01 10:00+02", "2024-04-01 11:00+02", null, a);
        d.event("CONSULTATION", "HELD", "02", "2025-02-01 10:00+01", "2025-02-01 11:30+01", null, c);
        d.event("CONSULTATION", "CANCELLED", "12", "2024-04-03 10:00+02", "2024-04-03 11:00+02", null, a);
        d.event("CONSULTATION", "HELD", "12", "2024-04-02 10:00+02", "2024-04-02 11:00+02", null, dd);

        long i1 = d.initiative("12", "RUNNING", LocalDate.of(2024, 5, 1), null);
        d.link(a, i1, "RUNS");
        long i2 = d.initiative("12", "RUNNING", LocalDate.of(2023, 1, 1), null);
        d.link(b, i2, "BORN_FROM");
        long i3 = d.initiative("02", "PLANNED", null, null);
        d.link(c, i3, "RUNS");
        long i4 = d.initiative("12", "RUNNING", LocalDate.of(2025, 3, 1), null);
        d.link(dd, i4, "RUNS");
        d.outcome(i2, LocalDate.of(2024, 9, 1));
        d.outcome(i1, LocalDate.of(2026, 2, 1));
        d.outcome(i4, LocalDate.of(2024, 10, 1));

        d.assess(ea, "ENTRY", LocalDate.of(2024, 1, 20), 1, 2, 2, 2, 2, 2);
        d.assess(ea, "EXIT", LocalDate.of(2025, 11, 20), 3, 3, 2, 1, 3, 3);
        d.assess(eb, "ENTRY", LocalDate.of(2024, 3, 5), 2, 2, 2, 2, 2, 2);
        d.assess(ec, "ENTRY", LocalDate.of(2024, 2, 10), 3, 3, 3, 3, 3, 3);
        d.assess(ec, "EXIT", LocalDate.of(2025, 11, 25), 3, 4, 3, 4, 3, 3);
        d.milestone(ea, LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 15));
        d.milestone(ea, LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 10));
        d.milestone(eb, LocalDate.of(2025, 3, 31), null);

        d.target(programme, "ORGANISATIONS_ENROLLED", "12", 3);
        d.target(programme, "ORGANISATIONS_ENROLLED", "02", 2);
        d.target(programme, "TRAININGS_HELD", null, 2);
        d.target(programme, "TRAINING_HOURS", null, 10);
        d.target(programme, "PARTICIPANTS", null, 5);
        d.target(programme, "MENTORING_SESSIONS", null, 3);
        d.target(programme, "INITIATIVES_REALISED", null, 2);
        d.target(programme, "OUTCOMES", null, 1);

        long practice = d.practice("05", "Közösségi kert", "ACCREDITED");
        d.takeUp(practice, null, a, "EXPLORING", "2023-11-01", "IMPLEMENTING", "2024-04-01");
        d.takeUp(practice, null, b, "EXPLORING", "2024-02-01");
        d.takeUp(practice, null, c, "IMPLEMENTING", "2023-05-01", "RUNNING", "2023-09-01", "DROPPED", "2024-02-01");
        d.takeUp(practice, null, dd, "RUNNING", "2024-06-01");
        long p1 = d.initiative("05", "RUNNING", LocalDate.of(2024, 1, 1), null);
        long p2 = d.initiative("05", "RUNNING", LocalDate.of(2024, 1, 1), null);
        jdbc.sql("UPDATE initiative SET programme_id = ? WHERE id IN (?, ?)").params(programme, p1, p2).update();
        d.takeUp(practice, p1, null, "EXPLORING", "2025-01-01", "RUNNING", "2025-12-31");
        d.takeUp(practice, p2, null, "RUNNING", "2026-01-01");
        d.target(programme, "PRACTICES_TAKEN_UP", null, 4);
    }

    @Test
    void everyCellOfActualAgainstTarget() {
        ProgrammeReport report = reports.report(programme);
        assertThat(report.lines()).extracting(Line::indicator, Line::countyCode, Line::total, Line::actual,
                Line::target, Line::percent).containsExactly(
                tuple(ProgrammeIndicator.ORGANISATIONS_ENROLLED, "02", false, "1", 2, 50),
                tuple(ProgrammeIndicator.ORGANISATIONS_ENROLLED, "12", false, "2", 3, 67),
                tuple(ProgrammeIndicator.ORGANISATIONS_ENROLLED, null, true, "3", 5, 60),
                tuple(ProgrammeIndicator.TRAININGS_HELD, null, true, "2", 2, 100),
                tuple(ProgrammeIndicator.TRAINING_HOURS, null, true, "7", 10, 70),
                tuple(ProgrammeIndicator.PARTICIPANTS, null, true, "2", 5, 40),
                tuple(ProgrammeIndicator.MENTORING_SESSIONS, null, true, "2", 3, 67),
                tuple(ProgrammeIndicator.INITIATIVES_REALISED, null, true, "1", 2, 50),
                tuple(ProgrammeIndicator.OUTCOMES, null, true, "1", 1, 100),
                tuple(ProgrammeIndicator.PRACTICES_TAKEN_UP, null, true, "2", 4, 50));
    }

    private static org.assertj.core.groups.Tuple tuple(ProgrammeIndicator indicator, String county, boolean total,
            String actual, Integer target, Integer percent) {
        return org.assertj.core.groups.Tuple.tuple(indicator, county, total, new BigDecimal(actual), target, percent);
    }

    @Test
    void everyCellOfTheCapacityChangeAndTheMilestones() {
        ProgrammeReport report = reports.report(programme);
        assertThat(report.assessedAtEntry()).isEqualTo(3);
        assertThat(report.assessedAtExit()).isEqualTo(2);
        assertThat(report.capacity()).extracting(DimensionChange::dimension, DimensionChange::assessed,
                DimensionChange::improved, DimensionChange::same, DimensionChange::worse,
                c -> c.averageEntry().toPlainString(), c -> c.averageExit().toPlainString(),
                c -> c.averageChange().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Dimension.GOVERNANCE, 2L, 1L, 1L, 0L, "2.00", "3.00", "1.00"),
                org.assertj.core.groups.Tuple.tuple(Dimension.PLANNING, 2L, 2L, 0L, 0L, "2.50", "3.50", "1.00"),
                org.assertj.core.groups.Tuple.tuple(Dimension.FUNDRAISING, 2L, 0L, 2L, 0L, "2.50", "2.50", "0.00"),
                org.assertj.core.groups.Tuple.tuple(Dimension.COMMUNICATION, 2L, 1L, 0L, 1L, "2.50", "2.50", "0.00"),
                org.assertj.core.groups.Tuple.tuple(Dimension.PARTNERSHIPS, 2L, 1L, 1L, 0L, "2.50", "3.00", "0.50"),
                org.assertj.core.groups.Tuple.tuple(Dimension.COMMUNITY_INVOLVEMENT, 2L, 1L, 1L, 0L, "2.50", "3.00",
                        "0.50"));
        assertThat(report.milestones()).isEqualTo(new ProgrammeReport.Milestones(3, 2, 1, 1));
    }

    @Test
    void everyLinkedFigureIsTheCountOfItsList() throws Exception {
        var page = mvc.get().uri("/programmes/{id}/report", programme).with(TestUsers.developer("05")).exchange();
        assertThat(page).hasStatusOk();
        Document doc = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        var links = doc.select("main td.num a");
        assertThat(links).hasSizeGreaterThan(30);
        for (var link : links) {
            String figure = link.text().replace("\u00a0", "").replace(" ", "");
            Document list = Jsoup.parse(mvc.get().uri(link.attr("href")).with(TestUsers.developer("05")).exchange()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8));
            boolean hours = link.closest("tr").attr("data-indicator").equals("TRAINING_HOURS");
            String shown = hours ? list.selectFirst(".list-sum").attr("data-sum")
                    : list.selectFirst(".list-total").attr("data-count");
            assertThat(new BigDecimal(shown)).as("%s (%s)", link.attr("href"), hours ? "hours" : "count")
                    .isEqualByComparingTo(new BigDecimal(figure.replace(",", ".")));
        }
    }

    @Test
    void theCsvAndTheSpreadsheetCarryTheSameFigures() throws Exception {
        String csv = mvc.get().uri("/programmes/{id}/report.csv", programme).with(TestUsers.coordinator("12"))
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMutató;Megye;Tény;Cél;Teljesítés")
                .contains("Bevont szervezetek;Nógrád;2;3;67\r\n", "Bevont szervezetek;A teljes program;3;5;60\r\n",
                        "Képzési órák;A teljes program;7;10;70\r\n",
                        "Átvett jó gyakorlatok;A teljes program;2;4;50\r\n",
                        "Szervezeti működés, irányítás;2;1;1;0;2.00;3.00;1.00\r\n", "Határidőre teljesült;1\r\n");
        var xlsx = mvc.get().uri("/programmes/{id}/report.xlsx", programme).with(TestUsers.coordinator("12"))
                .exchange().getResponse();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(book.getSheetAt(1).getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        }
        var pdf = mvc.get().uri("/programmes/{id}/report.pdf", programme).with(TestUsers.coordinator("12"))
                .exchange().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Programbeszámoló", "Bevont szervezetek", "Norvég Civil Alap", "Átvett jó gyakorlatok",
                    "Kapacitásváltozás a belépéstől a kilépésig", "Határidőre teljesült");
        }
    }

    @Test
    void thePracticesTakenUpListShowsTheTakeUpsThatCountWithTheDayTheyWereImplemented() throws Exception {
        var result = mvc.get().uri("/programmes/{id}/report/takeups", programme).with(TestUsers.developer("05"))
                .exchange();
        assertThat(result).hasStatusOk();
        Document list = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.selectFirst(".list-total").attr("data-count")).isEqualTo("2");
        assertThat(list.select("main tbody tr")).hasSize(2);
        assertThat(list.select("main tbody").text()).contains("Alfa Csoport", "Közösségi kert", "2024. 04. 01.",
                "2025. 12. 31.").doesNotContain("Béta Egyesület", "Cé Közösség", "Dé Kör");
        assertThat(list.select("main tbody a").eachAttr("href")).allMatch(href -> href.startsWith("/take-ups/"));
    }

    @Test
    void aProgrammeWithoutDataHasZerosAndNoPercent() {
        long empty = new CapacityData(jdbc).programme(2030, 2031);
        ProgrammeReport report = reports.report(empty);
        assertThat(report.lines()).hasSize(8).allSatisfy(l -> {
            assertThat(l.actual()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(l.percent()).isNull();
        });
        assertThat(report.capacity()).allSatisfy(c -> assertThat(c.averageChange()).isNull());
    }

    @Test
    void theReportAndItsListsRunABoundedNumberOfStatements() {
        for (String uri : List.of("/programmes/" + programme + "/report", "/programmes/" + programme + "/report/enrolled",
                "/programmes/" + programme + "/report/trainings", "/programmes/" + programme + "/report/participants",
                "/programmes/" + programme + "/report/capacity?dimension=PLANNING&change=improved",
                "/programmes/" + programme + "/report/milestones?state=open",
                "/programmes/" + programme + "/report/takeups")) {
            SqlStatementCounter.reset();
            assertThat(mvc.get().uri(uri).with(TestUsers.coordinator("12"))).hasStatusOk();
            assertThat(SqlStatementCounter.count()).as(uri).isLessThanOrEqualTo(12);
        }
    }

    /**
     * The report is kept by data version: the same report while nothing changes, and a write by any writer (plain
     * SQL here) to any table it reads shows at once: milestones, assessments and their scores, targets, take-up
     * stages (the tables V97 made sources of the version).
     */
    @Test
    void keptWhileNothingChangesAndCurrentAfterAWriteToAnyTableItReads() {
        ProgrammeReport first = reports.report(programme);
        assertThat(reports.report(programme)).as("kept").isSameAs(first);

        jdbc.sql("""
                UPDATE capacity_milestone SET done_on = due_on
                WHERE done_on IS NULL AND enrolment_id IN (SELECT id FROM capacity_enrolment WHERE programme_id = ?)""")
                .param(programme).update();
        ProgrammeReport milestoneDone = reports.report(programme);
        assertThat(milestoneDone.milestones().open()).isEqualTo(first.milestones().open() - 1);

        jdbc.sql("""
                UPDATE capacity_assessment_score SET score = 4 WHERE assessment_id IN (
                    SELECT a.id FROM capacity_assessment a JOIN capacity_enrolment e ON e.id = a.enrolment_id
                    WHERE e.programme_id = ? AND a.stage = 'EXIT')""").param(programme).update();
        ProgrammeReport scored = reports.report(programme);
        assertThat(scored.capacity()).isNotEqualTo(milestoneDone.capacity());
        assertThat(scored.capacity()).allSatisfy(c -> assertThat(c.worse()).isZero());

        jdbc.sql("UPDATE programme_target SET target = 7 WHERE programme_id = ? AND indicator = 'OUTCOMES'")
                .param(programme).update();
        ProgrammeReport retargeted = reports.report(programme);
        assertThat(retargeted.lines()).filteredOn(l -> l.indicator() == ProgrammeIndicator.OUTCOMES)
                .extracting(Line::target).containsExactly(7);

        int takenUp = takeUps(retargeted);
        CapacityData data = new CapacityData(jdbc);
        for (long takeUp : jdbc.sql("""
                SELECT t.id FROM practice_takeup t
                JOIN capacity_enrolment e ON e.organisation_id = t.organisation_id AND e.programme_id = ?
                WHERE NOT EXISTS (SELECT 1 FROM practice_takeup_stage s WHERE s.takeup_id = t.id AND s.position = 1)""")
                .param(programme).query(Long.class).list()) {
            data.stage(takeUp, 1, "IMPLEMENTING", LocalDate.of(2024, 5, 1));
        }
        assertThat(takeUps(reports.report(programme))).isEqualTo(takenUp + 1);
    }

    private static int takeUps(ProgrammeReport report) {
        return report.lines().stream().filter(l -> l.indicator() == ProgrammeIndicator.PRACTICES_TAKEN_UP)
                .findFirst().orElseThrow().actual().intValue();
    }
}
