package hu.kozossegi.portal.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import hu.kozossegi.portal.shared.db.DataVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The completeness check the national office sees before closing a year, and each county's staff on their
 * dashboard: every figure counted in one SQL statement, whatever the number of counties. The running initiatives
 * without a note read every running initiative's notes (about 1,000 a county at stress scale), so the result is
 * kept per year, county and day while the data version (V71; notes and county targets since V95) is unchanged.
 */
@Service
public class YearCompleteness {

    private static final ZoneId ZONE = ReportPeriod.ZONE;

    /**
     * Each figure counted in one grouped pass over the year's rows (not one sub-select per county: 20 index scans
     * each, 63,000 buffers with the stress data set against 6,000); the county conditions in use are formatted in.
     */
    private static final String SQL = """
            WITH ev AS (
                SELECT e.county_code,
                       count(*) FILTER (WHERE e.status = 'SCHEDULED' AND e.starts_at < :pastEnd) AS past_scheduled,
                       count(*) FILTER (WHERE e.status = 'HELD' AND e.registered_count = e.unrecorded_count)
                           AS held_without_attendance
                FROM activity_event e
                WHERE e.starts_at >= :yearStart AND e.starts_at < :yearEnd AND e.status IN ('SCHEDULED', 'HELD') %1$s
                GROUP BY e.county_code),
            run AS (
                SELECT s.county_code, count(*) AS running_without_note
                FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
                WHERE i.status = 'RUNNING' AND i.start_date <= :lastDay AND (i.end_date IS NULL OR i.end_date >= :firstDay)
                  AND NOT EXISTS (SELECT 1 FROM progress_note n WHERE n.initiative_id = i.id
                                  AND n.noted_on BETWEEN :firstDay AND :lastDay) %2$s
                GROUP BY s.county_code)
            SELECT c.code, c.name, coalesce(ev.past_scheduled, 0) AS past_scheduled,
              coalesce(ev.held_without_attendance, 0) AS held_without_attendance,
              coalesce(run.running_without_note, 0) AS running_without_note,
              NOT EXISTS (SELECT 1 FROM county_target t
                          WHERE t.year = :year AND t.county_code = c.code) AS targets_missing
            FROM county c LEFT JOIN ev ON ev.county_code = c.code LEFT JOIN run ON run.county_code = c.code
            %3$s
            ORDER BY c.name COLLATE "hu-HU-x-icu", c.code
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataVersion dataVersion;

    YearCompleteness(JdbcClient jdbc, Clock clock, DataVersion dataVersion) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    /** Every county's open points in the year. */
    public List<OpenPoints> check(int year) {
        return query(year, null);
    }

    /** One county's open points in the year. */
    public OpenPoints check(int year, String countyCode) {
        return query(year, countyCode).stream().findFirst().orElseThrow();
    }

    private List<OpenPoints> query(int year, String countyCode) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate yesterday = LocalDate.now(clock.withZone(ZONE)).minusDays(1);
        LocalDate pastUntil = yesterday.isBefore(last) ? yesterday : last;
        return dataVersion.kept("year-completeness", Arrays.asList(year, countyCode, pastUntil),
                () -> read(year, countyCode, first, last, pastUntil));
    }

    private List<OpenPoints> read(int year, String countyCode, LocalDate first, LocalDate last, LocalDate pastUntil) {
        // Only the condition in use goes into the SQL (no CAST(:county AS text) IS NULL OR ...).
        String sql = countyCode == null ? SQL.formatted("", "", "")
                : SQL.formatted("AND e.county_code = :county", "AND s.county_code = :county", "WHERE c.code = :county");
        return jdbc.sql(sql)
                .param("year", year).param("county", countyCode)
                .param("firstDay", first).param("lastDay", last)
                .param("yearStart", startOf(first)).param("yearEnd", startOf(last.plusDays(1)))
                .param("pastEnd", startOf(pastUntil.plusDays(1)))
                .query((rs, n) -> new OpenPoints(year, rs.getString("code"), rs.getString("name"),
                        rs.getLong("past_scheduled"), rs.getLong("held_without_attendance"),
                        rs.getLong("running_without_note"), rs.getBoolean("targets_missing"), pastUntil))
                .list();
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }
}
