package hu.kozossegi.portal.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a report year freezes its computed report as a snapshot; county staff can then no longer write
 * records dated in that year (the shared {@code ReportYears} check). Reopening needs a reason; both are kept
 * in the year's history with who and when.
 */
@Service
public class YearClosing {

    private final JdbcClient jdbc;
    private final AnnualReports reports;
    private final ReportSnapshots snapshots;
    private final AuditLog audit;
    private final Clock clock;

    YearClosing(JdbcClient jdbc, AnnualReports reports, ReportSnapshots snapshots, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.reports = reports;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    public YearState state(int year) {
        Optional<YearState> stored = jdbc.sql("SELECT year, closed, closed_at, closed_by FROM report_year WHERE year = ?")
                .param(year)
                .query((rs, n) -> new YearState(year, rs.getBoolean("closed"), instant(rs.getObject("closed_at",
                        OffsetDateTime.class)), rs.getString("closed_by"), List.of()))
                .optional();
        List<YearState.Change> history = jdbc.sql("""
                SELECT action, reason, done_by, done_at FROM report_year_event WHERE year = ?
                ORDER BY done_at DESC, id DESC""").param(year)
                .query((rs, n) -> new YearState.Change(rs.getString("action"), rs.getString("reason"),
                        rs.getString("done_by"), instant(rs.getObject("done_at", OffsetDateTime.class))))
                .list();
        YearState state = stored.orElse(new YearState(year, false, null, null, List.of()));
        return new YearState(year, state.closed(), state.closedAt(), state.closedBy(), history);
    }

    /** Years with a state row (closed now or once), for the report list. */
    public List<YearState> knownYears() {
        return jdbc.sql("SELECT year, closed, closed_at, closed_by FROM report_year ORDER BY year DESC")
                .query((rs, n) -> new YearState(rs.getInt("year"), rs.getBoolean("closed"),
                        instant(rs.getObject("closed_at", OffsetDateTime.class)), rs.getString("closed_by"), List.of()))
                .list();
    }

    /** Closes the year with its frozen report; empty when it was already closed (the page was stale). */
    @Transactional
    public Optional<AnnualReport> close(int year, String username) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        AnnualReport frozen = reports.compute(year).frozen(now, username);
        int touched = jdbc.sql("""
                INSERT INTO report_year (year, closed, closed_at, closed_by, snapshot)
                VALUES (:year, TRUE, :at, :by, CAST(:snapshot AS jsonb))
                ON CONFLICT (year) DO UPDATE SET closed = TRUE, closed_at = :at, closed_by = :by,
                    snapshot = CAST(:snapshot AS jsonb), version = report_year.version + 1
                WHERE NOT report_year.closed""")
                .param("year", year).param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("by", username).param("snapshot", snapshots.write(frozen)).update();
        if (touched != 1) {
            return Optional.empty();
        }
        reports.forget(year);
        record(year, "CLOSED", null, username, now);
        audit.record(AuditType.YEAR_CLOSED, String.valueOf(year));
        return Optional.of(frozen);
    }

    /** Reopens a closed year; false when it was not closed (the page was stale). */
    @Transactional
    public boolean reopen(int year, String reason, String username) {
        int touched = jdbc.sql("""
                UPDATE report_year SET closed = FALSE, closed_at = NULL, closed_by = NULL, snapshot = NULL,
                    version = version + 1
                WHERE year = ? AND closed""").param(year).update();
        if (touched != 1) {
            return false;
        }
        record(year, "REOPENED", reason.strip(), username, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
        audit.record(AuditType.YEAR_REOPENED, year + ": " + reason.strip());
        return true;
    }

    private void record(int year, String action, String reason, String username, Instant at) {
        jdbc.sql("INSERT INTO report_year_event (year, action, reason, done_by, done_at) VALUES (?, ?, ?, ?, ?)")
                .params(year, action, reason, username, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
