package hu.kozossegi.portal.reporting;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.reporting.internal.ReachedSettlements;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.Target;
import hu.kozossegi.portal.reporting.internal.TargetStatus;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.stereotype.Service;

/**
 * The annual report's figures as plain records, for publishing them elsewhere (open data, the read API): the
 * very figures the report shows (a closed year's frozen snapshot, an open year's current figures, marked
 * provisional), in long form, one line per county or national total and indicator.
 */
@Service
public class ReportFigures {

    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    private final AnnualReports reports;
    private final ReachedSettlements reached;
    private final ReportYears years;
    private final Counties counties;
    private final DataVersion dataVersion;

    ReportFigures(AnnualReports reports, ReachedSettlements reached, ReportYears years, Counties counties,
            DataVersion dataVersion) {
        this.dataVersion = dataVersion;
        this.reports = reports;
        this.reached = reached;
        this.years = years;
        this.counties = counties;
    }

    /** One indicator of one county (or, with empty county fields, of the whole network). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FigureLine(String countyCode, String countyName, String regionName, String indicator, long value,
            Integer targetMin, Integer targetMax, String status) {
    }

    /** The figures of a year; {@code provisional} while the year is open, {@code asOf} when they were computed or frozen. */
    public record YearFigures(int year, boolean provisional, Instant asOf, List<FigureLine> lines) {
    }

    /** A settlement reached by the network in a year (by the rule of the report's "settlements reached"). */
    public record ReachedSettlement(long id, String name, String countyCode, String countyName, String type,
            boolean disadvantaged, boolean housingEstate, boolean budapestDistrict) {
    }

    /** The indicators in report order (their codes, as in {@link FigureLine#indicator()}). */
    public List<String> indicators() {
        return java.util.Arrays.stream(Indicator.values()).map(Indicator::name).toList();
    }

    /** The years with published figures: the first year with data up to this year (newest first), and which are closed. */
    public List<Integer> years() {
        int thisYear = Year.now(BUDAPEST).getValue();
        // Derived from the source data only: kept while the data version is unchanged.
        int first = Math.min(dataVersion.kept("report-first-year", 0,
                () -> reports.firstDataYear(Integer.MAX_VALUE)), thisYear);
        List<Integer> all = new ArrayList<>();
        for (int year = thisYear; year >= first; year--) {
            all.add(year);
        }
        return all;
    }

    public Set<Integer> closedYears() {
        return years.closedYears();
    }

    /** Not in a transaction: a request waiting for the figures another one computes holds no connection. */
    public YearFigures figures(int year) {
        AnnualReport report = reports.report(year);
        List<FigureLine> lines = new ArrayList<>();
        for (ReportRow row : report.rows()) {
            if (row.kind() == ReportRow.Kind.REGION) {
                continue;
            }
            County county = row.county() ? counties.find(row.code()).orElse(null) : null;
            for (Indicator indicator : report.indicators()) {
                Target target = row.target(indicator);
                TargetStatus status = row.status(indicator);
                lines.add(new FigureLine(county == null ? "" : county.code(), county == null ? "" : county.name(),
                        county == null ? "" : county.regionName(), indicator.name(), row.value(indicator),
                        target == null ? null : target.min(), target == null ? null : target.max(),
                        status == null ? "" : status.name()));
            }
        }
        return new YearFigures(year, !report.closed(), report.asOf(), lines);
    }

    /** The settlements reached in a year, in Hungarian order of county and name (one statement, no transaction). */
    public List<ReachedSettlement> settlementsReached(int year) {
        // Derived from the source data only: kept while the data version is unchanged.
        return dataVersion.kept("report-settlements-reached", year, () -> readReached(year));
    }

    private List<ReachedSettlement> readReached(int year) {
        return reached.of(year).stream().map(s -> new ReachedSettlement(s.id(), s.name(), s.countyCode(),
                s.countyName(), s.type(), s.disadvantaged(), "HOUSING_ESTATE".equals(s.type()),
                "BUDAPEST_DISTRICT".equals(s.type()))).toList();
    }
}
