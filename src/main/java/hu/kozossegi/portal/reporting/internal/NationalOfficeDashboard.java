package hu.kozossegi.portal.reporting.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.home.DashboardSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The national office's "what needs you now": practices waiting for review, counties without targets for this
 * year, counties behind this year's targets so far, past years not closed yet, failed settlement imports of the
 * last {@link #IMPORT_DAYS} days. Four statements plus the current year's report (kept between requests by
 * {@link AnnualReports}).
 */
@Component
class NationalOfficeDashboard implements DashboardSection {

    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    static final int IMPORT_DAYS = 30;

    /**
     * A settlement import the office should look at: bad rows and nothing imported (FAILED), bad rows skipped
     * (PARTIAL), or checked and left for longer than an upload is kept (UNFINISHED).
     */
    record FailedImport(String owner, String countyName, String filename, int totalRows, int badRows, String state,
            java.time.Instant checkedAt) {
    }

    /** A county whose figure so far is below the part of its minimum that the elapsed days of the year call for. */
    record Behind(String code, String name, TargetIndicator indicator, long actual, long expected, int min) {
    }

    private final JdbcClient jdbc;
    private final AnnualReports reports;

    NationalOfficeDashboard(JdbcClient jdbc, AnnualReports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "reporting/dashboard :: panel";
    }

    @Override
    public Map<String, Object> model(PortalUser user) {
        if (!user.isNationalOffice()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(BUDAPEST);
        int year = today.getYear();
        long waiting = jdbc.sql("SELECT count(*) FROM practice WHERE status = 'SUBMITTED'").query(Long.class).single();
        List<String> withoutTargets = jdbc.sql("""
                SELECT c.name FROM county c
                WHERE NOT EXISTS (SELECT 1 FROM county_target t WHERE t.year = ? AND t.county_code = c.code)
                ORDER BY c.name COLLATE "hu-HU-x-icu\"""").param(year).query(String.class).list();
        // The first year as min() of the plain columns: from the start-date indexes, not from every row.
        List<Integer> toClose = jdbc.sql("""
                SELECT y FROM generate_series(
                    (SELECT least(
                        (SELECT EXTRACT(YEAR FROM min(start_date))::int FROM initiative WHERE status <> 'PLANNED'),
                        (SELECT EXTRACT(YEAR FROM min(starts_at) AT TIME ZONE 'Europe/Budapest')::int
                         FROM activity_event WHERE status = 'HELD'))), ? - 1) AS y
                WHERE NOT EXISTS (SELECT 1 FROM report_year r WHERE r.year = y AND r.closed)
                ORDER BY y DESC""").param(year).query(Integer.class).list();
        double elapsed = today.getDayOfYear() / (double) today.lengthOfYear();
        return Map.of("year", year, "waiting", waiting, "withoutTargets", withoutTargets, "toClose", toClose,
                "behind", behind(reports.report(year), elapsed), "failedImports", failedImports());
    }

    /** Newest first, at most ten: an upload is kept two hours, after which a checked import cannot be finished. */
    private List<FailedImport> failedImports() {
        return jdbc.sql("""
                SELECT r.owner, c.name AS county_name, r.filename, r.total_rows, r.bad_rows,
                       CASE WHEN r.status = 'PARTIAL' THEN 'PARTIAL' WHEN r.bad_rows > 0 THEN 'FAILED'
                            ELSE 'UNFINISHED' END AS state, r.checked_at
                FROM settlement_import_run r LEFT JOIN county c ON c.code = r.county_code
                WHERE r.checked_at > now() - make_interval(days => :days)
                  AND (r.status = 'PARTIAL' OR (r.status = 'CHECKED'
                       AND (r.bad_rows > 0 OR r.checked_at < now() - interval '2 hours')))
                ORDER BY r.checked_at DESC, r.id DESC LIMIT 10""")
                .param("days", IMPORT_DAYS)
                .query(hu.kozossegi.portal.shared.db.RecordRows.of(FailedImport.class)).list();
    }

    /** Each county row's indicators whose actual is below minimum x elapsed part of the year (rounded down). */
    static List<Behind> behind(AnnualReport report, double elapsed) {
        List<Behind> behind = new ArrayList<>();
        for (ReportRow row : report.countyRows()) {
            for (TargetIndicator indicator : TargetIndicator.values()) {
                Target target = row.targets().get(indicator);
                long actual = row.value(indicator.indicator());
                long expected = target == null ? 0 : (long) Math.floor(target.min() * elapsed);
                if (target != null && actual < expected) {
                    behind.add(new Behind(row.code(), row.name(), indicator, actual, expected, target.min()));
                }
            }
        }
        return behind;
    }
}
