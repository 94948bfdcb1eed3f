package hu.kozossegi.portal.opendata.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.reporting.ReportFigures;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The data sets of {@code /open-data}: the report figures and the settlements reached come from the reporting
 * module (a closed year's frozen figures, an open year's current ones, provisional); the catalogue is the
 * accredited good practices without their contact.
 */
@Service
public class OpenDataSets {

    /** A published year and whether its figures are still provisional (the year is open). */
    public record PublishedYear(int year, boolean provisional) {
    }

    /** The catalogue and when a practice last changed. */
    public record Catalogue(List<ApiRecords.Practice> practices, Instant lastModified) {
    }

    /** The settlements reached in a year, as of the year's figures. */
    public record Reached(int year, boolean provisional, Instant asOf, List<ReportFigures.ReachedSettlement> settlements) {
    }

    private final ReportFigures figures;
    private final ApiReads reads;
    private final JdbcClient jdbc;

    OpenDataSets(ReportFigures figures, ApiReads reads, JdbcClient jdbc) {
        this.figures = figures;
        this.reads = reads;
        this.jdbc = jdbc;
    }

    public List<PublishedYear> years() {
        Set<Integer> closed = figures.closedYears();
        return figures.years().stream().map(year -> new PublishedYear(year, !closed.contains(year))).toList();
    }

    public boolean published(int year) {
        return figures.years().contains(year);
    }

    public ReportFigures.YearFigures figures(int year) {
        return figures.figures(year);
    }

    public Reached reached(int year) {
        ReportFigures.YearFigures yearFigures = figures.figures(year);
        return new Reached(year, yearFigures.provisional(), yearFigures.asOf(), figures.settlementsReached(year));
    }

    public Catalogue catalogue() {
        List<ApiRecords.Practice> practices = reads.practices(ApiScope.NETWORK,
                new ApiRecords.Filter(null, null, null, null, null), PageRequest.of(0, Integer.MAX_VALUE)).getContent();
        Instant changed = jdbc.sql("SELECT coalesce(max(updated_at), 'epoch'::timestamptz) FROM practice")
                .query(Instant.class).single();
        return new Catalogue(practices, changed);
    }

    public List<String> indicators() {
        return figures.indicators();
    }
}
