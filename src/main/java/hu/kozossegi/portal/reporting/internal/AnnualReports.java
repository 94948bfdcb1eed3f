package hu.kozossegi.portal.reporting.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.shared.db.SingleFlight;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual report of a year: computed from the data with a fixed number of aggregate SQL statements for an
 * open year, read from the frozen snapshot for a closed one. An open year's computed figures are kept and reused
 * while the data version (V71: raised by every committed write to a table the figures come from) is unchanged,
 * so they are never stale; targets and narrative are read fresh every time.
 */
@Service
public class AnnualReports {

    private static final Logger LOG = LoggerFactory.getLogger(AnnualReports.class);
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    private final InitiativeFigures initiatives;
    private final ActivityFigures activities;
    private final PracticeFigures practices;
    private final OrganisationFigures organisations;
    private final TrendFigures trend;
    private final Targets targets;
    private final Narratives narratives;
    private final Counties counties;
    private final ReportSnapshots snapshots;
    private final Clock clock;
    private final JdbcClient jdbc;
    private volatile boolean started;
    /** Figures of open years by year, each with the data version it was computed at. */
    private final Cache<Integer, Computed> computed = Caffeine.newBuilder().maximumSize(32)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final SingleFlight<Integer, Computed> flights = new SingleFlight<>();
    private final TransactionTemplate readOnly;
    /**
     * Reads the active workers, the longest of the figure statements, and the trend on a second connection while
     * the others are read, so that a computation takes about as long as the longer half.
     */
    private final ExecutorService alongside = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "report-figures");
        thread.setDaemon(true);
        return thread;
    });

    AnnualReports(InitiativeFigures initiatives, ActivityFigures activities, PracticeFigures practices,
            OrganisationFigures organisations, TrendFigures trend, Targets targets, Narratives narratives, Counties counties, ReportSnapshots snapshots,
            JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.initiatives = initiatives;
        this.activities = activities;
        this.practices = practices;
        this.organisations = organisations;
        this.trend = trend;
        this.targets = targets;
        this.narratives = narratives;
        this.counties = counties;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * The report as it is published: the snapshot of a closed year, otherwise the current figures (computed, or
     * reused when no source data has changed since they were computed). Not in a transaction: a request waiting for
     * the figures another one is computing holds no connection.
     */
    public AnnualReport report(int year) {
        return snapshots.find(year).orElseGet(() -> assemble(year, current(year)));
    }

    /**
     * The figures of an open year at the data version now: the kept ones when current, otherwise computed once
     * however many requests ask at the same time ({@link SingleFlight}: the others wait for that computation).
     */
    private Computed current(int year) {
        // The version is read before the figures: a write committed in between raises it again, so figures
        // newer than their version are recomputed next time, never older ones reused.
        long version = dataVersion();
        Computed figures = computed.getIfPresent(year);
        if (figures != null && figures.version() >= version) {
            return figures;
        }
        return flights.get(year, version, () -> {
            Computed meanwhile = computed.getIfPresent(year);
            if (meanwhile != null && meanwhile.version() >= version) {
                return meanwhile;
            }
            Computed fresh = readOnly.execute(status -> compute(year, version));
            keep(year, fresh);
            return fresh;
        });
    }

    /** Computes the report from the current data (ignores any snapshot and any kept figures). */
    @Transactional(readOnly = true)
    public AnnualReport compute(int year) {
        return assemble(year, compute(year, dataVersion()));
    }

    /**
     * Recomputes the kept figures of years viewed in the last hour whose data has changed since, so that the next
     * view finds them current instead of computing them while the user waits (about half a second with the
     * stress data set). The first run after the start computes this year's and last year's figures (when open),
     * the reports most looked at. One query when nothing changed.
     */
    @Scheduled(initialDelayString = "${portal.reports.refresh-delay}", fixedDelayString = "${portal.reports.refresh-delay}")
    public void refreshKeptFigures() {
        if (!started) {
            started = true;
            int thisYear = Year.now(clock.withZone(BUDAPEST)).getValue();
            for (int year : new int[] {thisYear, thisYear - 1}) {
                if (snapshots.find(year).isEmpty()) {
                    current(year);
                }
            }
        }
        if (computed.asMap().isEmpty()) {
            return;
        }
        long version = dataVersion();
        for (Map.Entry<Integer, Computed> kept : computed.asMap().entrySet()) {
            if (kept.getValue().version() < version) {
                current(kept.getKey());
            }
        }
    }

    /** Keeps the figures unless figures of a newer version were kept meanwhile (by another request). */
    private void keep(int year, Computed figures) {
        computed.asMap().merge(year, figures, (old, fresh) -> old.version() > fresh.version() ? old : fresh);
    }

    /** Forgets the kept figures of a year (closed now: it is rendered from its snapshot). */
    void forget(int year) {
        computed.invalidate(year);
    }

    /** The data version now (see V71__reporting_data_version.sql): one primary-key read. */
    public long dataVersion() {
        return jdbc.sql("SELECT version FROM report_data_version").query(Long.class).single();
    }

    private Computed compute(int year, long version) {
        long start = System.nanoTime();
        ReportPeriod period = new ReportPeriod(year);
        Figures figures = new Figures();
        Future<List<TrendPoint>> beside = alongside.submit(() -> readOnly.execute(status -> {
            activities.addWorkersTo(figures, period);
            return trend.trend(year);
        }));
        initiatives.addTo(figures, period);
        activities.addTo(figures, period);
        practices.addTo(figures, period);
        organisations.addTo(figures, period);
        long others = (System.nanoTime() - start) / 1_000_000;
        List<TrendPoint> points = await(beside);
        LOG.debug("Figures of {} computed at data version {} in {} ms (the other statements {} ms)", year, version,
                (System.nanoTime() - start) / 1_000_000, others);
        return new Computed(version, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), figures, points);
    }

    /** Waits for a statement run alongside; its failure is this computation's (a database error stays one). */
    private static <T> T await(Future<T> alongside) {
        try {
            return alongside.get();
        }
        catch (InterruptedException ex) {
            alongside.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report figures were computed", ex);
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    @PreDestroy
    void stop() {
        alongside.shutdownNow();
    }

    private AnnualReport assemble(int year, Computed figures) {
        return new AnnualReport(year, figures.asOf(), false, null, rows(figures.figures(), targets.load(year)),
                narratives.load(year), figures.trend());
    }

    /** The first year with a started initiative or a held event, or {@code fallback} when there is none. */
    public int firstDataYear(int fallback) {
        // min() of the plain columns (the year taken afterwards): answered from the start-date indexes
        // (initiative_start_covering_idx, activity_event_held_starts_idx) instead of reading every row.
        return jdbc.sql("""
                SELECT least((SELECT EXTRACT(YEAR FROM min(start_date))::int FROM initiative WHERE status <> 'PLANNED'),
                             (SELECT EXTRACT(YEAR FROM min(starts_at) AT TIME ZONE 'Europe/Budapest')::int
                              FROM activity_event WHERE status = 'HELD'))""")
                .query((rs, n) -> (Integer) rs.getObject(1)).list().stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(fallback);
    }

    /** Figures computed at a data version; read-only once built. */
    private record Computed(long version, Instant asOf, Figures figures, List<TrendPoint> trend) {
    }

    /**
     * Counties grouped by region (regions and counties in Hungarian order), region subtotals, national total.
     * Only county rows carry targets (DESIGN.md section 3).
     */
    private List<ReportRow> rows(Figures figures, TargetGrid grid) {
        Collator hungarian = Collator.getInstance(Locale.forLanguageTag("hu"));
        Map<Integer, List<County>> byRegion = new LinkedHashMap<>();
        counties.all().stream()
                .sorted((a, b) -> hungarian.compare(a.regionName(), b.regionName()))
                .forEach(county -> byRegion.computeIfAbsent(county.regionId(), k -> new ArrayList<>()).add(county));
        List<ReportRow> rows = new ArrayList<>();
        for (List<County> region : byRegion.values()) {
            for (County county : region) {
                Map<TargetIndicator, Target> countyTargets = new EnumMap<>(TargetIndicator.class);
                countyTargets.putAll(grid.byCounty().getOrDefault(county.code(), Map.of()));
                rows.add(new ReportRow(ReportRow.Kind.COUNTY, county.code(), county.name(), county.regionId(),
                        figures.row(Figures.countyKey(county.code())), countyTargets));
            }
            County first = region.get(0);
            rows.add(new ReportRow(ReportRow.Kind.REGION, String.valueOf(first.regionId()), first.regionName(),
                    first.regionId(), figures.row(Figures.regionKey(first.regionId())), Map.of()));
        }
        rows.add(new ReportRow(ReportRow.Kind.NATIONAL, "", "", 0, figures.row(Figures.NATIONAL), Map.of()));
        return rows;
    }
}
