package hu.kozossegi.portal.reporting;

import static hu.kozossegi.portal.reporting.internal.Indicator.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.Target;
import hu.kozossegi.portal.reporting.internal.TargetIndicator;
import hu.kozossegi.portal.reporting.internal.TargetStatus;
import hu.kozossegi.portal.reporting.internal.TargetsMet;
import hu.kozossegi.portal.reporting.internal.Targets;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The correctness data set: a hand-built year (2001: early enough that no other test's open-ended initiatives are active in it) in Tolna, Vas and Budapest, with
 * every figure worked out by hand in {@link ReportFixture}'s comments, and every cell of the county table,
 * the region subtotals and the national total asserted.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTests {

    static final int YEAR = ReportFixture.YEAR;

    @Autowired JdbcClient jdbc;
    @Autowired AnnualReports reports;
    @Autowired Targets targets;

    AnnualReport report;

    @BeforeAll
    void build() {
        new ReportFixture(jdbc).build();
        targets.save(YEAR, Map.of(
                "17", Map.of(TargetIndicator.NEW_INITIATIVES, new Target(1, 2),
                        TargetIndicator.SETTLEMENTS_REACHED, new Target(2, 3)),
                "18", Map.of(TargetIndicator.NEW_INITIATIVES, new Target(2, null))), -1, "test");
        report = reports.compute(YEAR);
    }

    static Map<Indicator, Long> tolna() {
        Map<Indicator, Long> m = new EnumMap<>(Indicator.class);
        m.put(ACTIVE_INITIATIVES, 2L);            // i1 starts 31 Dec, i2 ends 1 Jan; PLANNED i3 and i4 (ended 2000) out
        m.put(NEW_INITIATIVES, 1L);               // i1
        m.put(SETTLEMENTS_REACHED, 4L);           // T1, V1 (a Vas settlement), T2, T3
        m.put(HOUSING_ESTATES, 1L);               // T3
        m.put(DISADVANTAGED_SETTLEMENTS, 1L);     // T1
        m.put(RESIDENT_PARTICIPANTS, 30L);        // 10 + 20
        m.put(ACTIVE_WORKERS, 3L);                // w1 (lead and present), w2 (further worker), w3 (present at e1)
        m.put(VOLUNTEER_WORKERS, 2L);             // w1, w3
        m.put(WORKSHOPS_HELD, 1L);                // e1 (e6 is 2000 in Hungarian time)
        m.put(ATTENDANCES, 2L);                   // e1: w1, w3 (w5 absent; e2 cancelled)
        m.put(PARTICIPANTS, 2L);
        m.put(VISITS_HELD, 1L);                   // v1
        m.put(VISITING_PARTICIPANTS, 5L);         // 3 others + w1, w2
        m.put(OUTCOMES_CLUB, 1L);                 // o1 on 31 Dec
        m.put(OUTCOMES_VOLUNTEER_ACTIVITY, 1L);   // o5 on 1 Jan (o2 is 2000)
        m.put(OUTCOMES_TOTAL, 2L);
        m.put(PRACTICES_ACCREDITED, 1L);   // p1 (p2 only submitted)
        m.put(ORGANISATIONS_SUPPORTED, 1L);       // r1 four ways, once (r5 left P1 before, r7 founded after)
        m.put(ORGANISATIONS_FOUNDED, 1L);         // r2 on 31 Dec
        return m;
    }

    static Map<Indicator, Long> vas() {
        Map<Indicator, Long> m = new EnumMap<>(Indicator.class);
        m.put(ACTIVE_INITIATIVES, 2L);            // i5, i6 (i8 starts 2002)
        m.put(NEW_INITIATIVES, 1L);               // i5
        m.put(SETTLEMENTS_REACHED, 2L);           // V1, V2
        m.put(DISADVANTAGED_SETTLEMENTS, 1L);     // V2
        m.put(RESIDENT_PARTICIPANTS, 5L);         // 5 + none reported
        m.put(ACTIVE_WORKERS, 2L);                // w3 (lead twice, present twice), w4
        m.put(VOLUNTEER_WORKERS, 1L);             // w3
        m.put(WORKSHOPS_HELD, 1L);                // e3
        m.put(TRAININGS_HELD, 1L);                // e7 at 23:30 on 31 Dec, Hungarian time
        m.put(ATTENDANCES, 3L);                   // e3: w3, w4; e7: w4
        m.put(PARTICIPANTS, 2L);
        m.put(OUTCOMES_CIVIL_ORGANISATION, 1L);   // o3 (o4 is 2002)
        m.put(OUTCOMES_TOTAL, 1L);
        m.put(ORGANISATIONS_SUPPORTED, 1L);       // r3 enrolled in P1 (not r1 running i5: r1 is of Tolna; not r4, r6)
        m.put(ORGANISATIONS_FOUNDED, 1L);         // r3 on 1 Jan
        return m;
    }

    static Map<Indicator, Long> budapest() {
        Map<Indicator, Long> m = new EnumMap<>(Indicator.class);
        m.put(ACTIVE_INITIATIVES, 1L);
        m.put(NEW_INITIATIVES, 1L);
        m.put(SETTLEMENTS_REACHED, 1L);
        m.put(BUDAPEST_DISTRICTS, 1L);
        m.put(RESIDENT_PARTICIPANTS, 7L);
        return m;
    }

    static Map<Indicator, Long> national() {
        Map<Indicator, Long> m = new EnumMap<>(Indicator.class);
        m.put(ACTIVE_INITIATIVES, 5L);
        m.put(NEW_INITIATIVES, 3L);
        m.put(SETTLEMENTS_REACHED, 6L);           // V1 reached from Tolna and Vas counts once
        m.put(HOUSING_ESTATES, 1L);
        m.put(DISADVANTAGED_SETTLEMENTS, 2L);
        m.put(BUDAPEST_DISTRICTS, 1L);
        m.put(RESIDENT_PARTICIPANTS, 42L);
        m.put(ACTIVE_WORKERS, 4L);                // w3 in two county rows counts once; w5 only absent
        m.put(VOLUNTEER_WORKERS, 2L);
        m.put(WORKSHOPS_HELD, 2L);
        m.put(TRAININGS_HELD, 1L);
        m.put(CONFERENCES_HELD, 1L);              // e4, national (no county)
        m.put(ATTENDANCES, 7L);                   // 2 + 3 + 2 at e4
        m.put(PARTICIPANTS, 3L);                  // w1, w3, w4
        m.put(VISITS_HELD, 1L);
        m.put(VISITING_PARTICIPANTS, 5L);
        m.put(OUTCOMES_CLUB, 1L);
        m.put(OUTCOMES_VOLUNTEER_ACTIVITY, 1L);
        m.put(OUTCOMES_CIVIL_ORGANISATION, 1L);
        m.put(OUTCOMES_TOTAL, 3L);
        m.put(PRACTICES_ACCREDITED, 1L);
        m.put(ORGANISATIONS_SUPPORTED, 2L);       // r1, r3
        m.put(ORGANISATIONS_FOUNDED, 2L);         // r2, r3
        return m;
    }

    @Test
    void everyCountyCellMatchesTheHandWorkedFigures() {
        for (ReportRow row : report.countyRows()) {
            Map<Indicator, Long> expected = switch (row.code()) {
                case "17" -> tolna();
                case "18" -> vas();
                case "01" -> budapest();
                default -> Map.of();
            };
            assertRow(row, expected);
        }
        assertThat(report.countyRows()).hasSize(20);
    }

    @Test
    void regionSubtotalsAndTheNationalTotalAreCountedFromTheData() {
        for (ReportRow row : report.rows()) {
            if (row.kind() == ReportRow.Kind.REGION) {
                Map<Indicator, Long> expected = switch (row.regionId()) {
                    case 2 -> tolna();
                    case 6 -> vas();
                    case 1 -> budapest();
                    default -> Map.of();
                };
                assertRow(row, expected);
            }
        }
        assertRow(report.nationalRow(), national());
    }

    @Test
    void rowsAreGroupedByRegionInHungarianOrderWithSubtotalsAndTheTotalLast() {
        assertThat(report.rows()).hasSize(20 + 7 + 1);
        assertThat(report.rows().get(0).name()).isEqualTo("Bács-Kiskun");
        assertThat(report.rows().get(3).kind()).isEqualTo(ReportRow.Kind.REGION);
        assertThat(report.rows().get(3).name()).isEqualTo("Dél-Alföld");
        assertThat(report.rows().get(report.rows().size() - 1).kind()).isEqualTo(ReportRow.Kind.NATIONAL);
    }

    @Test
    void targetsAreComparedWithLabelAndPercent() {
        ReportRow tolna = report.countyRow("17").orElseThrow();
        ReportRow vas = report.countyRow("18").orElseThrow();
        assertThat(tolna.status(NEW_INITIATIVES)).isEqualTo(TargetStatus.WITHIN);
        assertThat(tolna.percent(NEW_INITIATIVES)).isEqualTo(100);
        assertThat(tolna.status(SETTLEMENTS_REACHED)).isEqualTo(TargetStatus.ABOVE);
        assertThat(tolna.percent(SETTLEMENTS_REACHED)).isEqualTo(200);
        assertThat(vas.status(NEW_INITIATIVES)).isEqualTo(TargetStatus.BELOW);
        assertThat(vas.percent(NEW_INITIATIVES)).isEqualTo(50);
        assertThat(report.countyRow("02").orElseThrow().status(NEW_INITIATIVES)).isNull();
        assertThat(report.nationalRow().target(NEW_INITIATIVES)).isNull();
        assertThat(report.nationalRow().percent(NEW_INITIATIVES)).isNull();
        assertThat(report.targetsMet(NEW_INITIATIVES)).isEqualTo(new TargetsMet(1, 2));
    }

    private static void assertRow(ReportRow row, Map<Indicator, Long> expected) {
        for (Indicator indicator : Indicator.values()) {
            assertThat(row.value(indicator)).as("%s %s %s", row.kind(), row.name(), indicator)
                    .isEqualTo(expected.getOrDefault(indicator, 0L));
        }
    }
}
