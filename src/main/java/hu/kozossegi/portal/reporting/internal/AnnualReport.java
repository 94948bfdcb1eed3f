package hu.kozossegi.portal.reporting.internal;

import java.time.Instant;
import java.util.Arrays;
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

    /**
     * The indicators of this report, in report order: every indicator for computed figures; for the snapshot of a
     * year closed before an indicator existed, only those it froze (so that it prints the same bytes as ever).
     */
    public List<Indicator> indicators() {
        ReportRow national = nationalRow();
        return Arrays.stream(Indicator.values()).filter(i -> national.values().containsKey(i)).toList();
    }

    /** Whether this report has the indicator (see {@link #indicators()}). */
    public boolean has(Indicator indicator) {
        return nationalRow().values().containsKey(indicator);
    }

    public ReportRow nationalRow() {
        return rows.stream().filter(ReportRow::national).findFirst().orElseThrow();
    }

    public Optional<ReportRow> countyRow(String code) {
        return rows.stream().filter(row -> row.county() && row.code().equals(code)).findFirst();
    }

    /** How the counties with a target for the indicator did, over the whole country. */
    public TargetsMet targetsMet(Indicator indicator) {
        return targetsMet(nationalRow(), indicator);
    }

    /**
     * How the counties of a region or national row with a target for the indicator did: how many have one, and
     * how many of them reached its minimum. Null for a county row (it has its own target).
     */
    public TargetsMet targetsMet(ReportRow row, Indicator indicator) {
        if (row.county()) {
            return null;
        }
        int counties = 0;
        int met = 0;
        for (ReportRow county : countyRows()) {
            TargetStatus status = county.status(indicator);
            if (status != null && (row.national() || county.regionId() == row.regionId())) {
                counties++;
                met += status == TargetStatus.BELOW ? 0 : 1;
            }
        }
        return new TargetsMet(met, counties);
    }

    AnnualReport frozen(Instant closedAt, String by) {
        return new AnnualReport(year, closedAt, true, by, rows, narrative, trend);
    }
}
