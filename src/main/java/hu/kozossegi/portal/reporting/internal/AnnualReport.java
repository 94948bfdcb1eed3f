package hu.kozossegi.portal.reporting.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The computed report of a year: the county table (counties grouped by region with region subtotals, then the
 * national total), the narrative and the trend. A closed year's report is this record frozen as JSON; it is
 * rendered from that snapshot, identical every time. {@code asOf} is when the figures were computed (for a
 * closed year: when it was closed).
 */
public record AnnualReport(int year, Instant asOf, boolean closed, String closedBy, List<ReportRow> rows,
        Narrative narrative, List<TrendPoint> trend) {

    public List<ReportRow> countyRows() {
        return rows.stream().filter(ReportRow::county).toList();
    }

    public ReportRow nationalRow() {
        return rows.stream().filter(ReportRow::national).findFirst().orElseThrow();
    }

    public Optional<ReportRow> countyRow(String code) {
        return rows.stream().filter(row -> row.county() && row.code().equals(code)).findFirst();
    }

    /** How many counties have a target for the indicator, and how many of them reached its minimum. */
    public long[] targetsMet(Indicator indicator) {
        long withTarget = 0;
        long met = 0;
        for (ReportRow row : countyRows()) {
            TargetStatus status = row.status(indicator);
            if (status != null) {
                withTarget++;
                met += status == TargetStatus.BELOW ? 0 : 1;
            }
        }
        return new long[] {withTarget, met};
    }

    AnnualReport frozen(Instant closedAt, String by) {
        return new AnnualReport(year, closedAt, true, by, rows, narrative, trend);
    }
}
