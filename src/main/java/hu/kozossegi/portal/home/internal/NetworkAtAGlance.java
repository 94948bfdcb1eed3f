package hu.kozossegi.portal.home.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.geography.CountyMap;
import hu.kozossegi.portal.home.internal.HomeFigures.CountyShape;
import hu.kozossegi.portal.home.internal.HomeFigures.LatestPractice;
import hu.kozossegi.portal.home.internal.HomeFigures.Point;
import hu.kozossegi.portal.home.internal.HomeFigures.YearFigures;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the public home page, aggregated in SQL with the reports' definitions (DESIGN.md section 3):
 * initiatives active in Y by {@code initiative_active_in}, settlements reached = distinct primary and further
 * settlements of those initiatives, events held in Y, practices accredited in Y. Kept by data version (V71).
 */
@Service
public class NetworkAtAGlance {

    public static final String CACHE = "public-home";
    private static final int X_MAX = CountyMap.WIDTH;
    private static final int Y_MAX = CountyMap.HEIGHT;

    private final JdbcClient jdbc;
    private final Counties counties;
    private final Map<String, String> outlines;
    private final DataVersion dataVersion;

    NetworkAtAGlance(JdbcClient jdbc, Counties counties, DataVersion dataVersion, CountyMap map) {
        this.jdbc = jdbc;
        this.counties = counties;
        this.dataVersion = dataVersion;
        this.outlines = map.outlines();
    }

    /**
     * The figures of {@code year}, kept by data version and recomputed in the background when the data changed
     * (the previous figures are shown meanwhile): no visitor waits for the computation, and 8 visitors arriving
     * after a write start one recomputation, not 8.
     */
    public HomeFigures figures(int year) {
        return dataVersion.keptAhead(CACHE, year, () -> compute(year));
    }

    private HomeFigures compute(int year) {
        List<CountyRow> rows = countyRows(year);
        MapClasses classes = MapClasses.fit(rows.stream().mapToLong(CountyRow::activeInitiatives));
        List<CountyShape> shapes = rows.stream().filter(r -> outlines.containsKey(r.code()))
                .sorted((a, b) -> Boolean.compare("01".equals(a.code()), "01".equals(b.code())))
                .map(r -> CountyShape.of(r.code(), r.name(), outlines.get(r.code()), r.activeInitiatives(),
                        r.settlementsReached(), classes.shade(r.activeInitiatives())))
                .toList();
        return new HomeFigures(yearFigures(year), yearFigures(year - 1), shapes, classes.legend(), points(year),
                latestPractices(), X_MAX, Y_MAX);
    }

    private YearFigures yearFigures(int year) {
        long practices = jdbc.sql("""
                SELECT count(*) FROM practice p WHERE p.status = 'ACCREDITED'
                   AND p.accredited_on BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31)""")
                .param("y", year).query(Long.class).single();
        long events = jdbc.sql("""
                SELECT count(*) FROM activity_event e WHERE e.status = 'HELD'
                   AND e.starts_at >= make_date(:y, 1, 1) AND e.starts_at < make_date(:y + 1, 1, 1)""")
                .param("y", year).query(Long.class).single();
        long[] f = jdbc.sql(ACTIVE + """
                SELECT (SELECT count(DISTINCT s.county_code) FROM active a JOIN settlement s
                            ON s.id = a.primary_settlement_id),
                       (SELECT count(*) FROM reached),
                       (SELECT count(*) FROM active)
                """).param("y", year).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        return new YearFigures(year, f[0], f[1], f[2], events, practices);
    }

    /** Reports' definitions: initiatives active in :y and the distinct settlements (primary or further) they reach. */
    private static final String ACTIVE = """
            WITH active AS (
                SELECT i.id, i.primary_settlement_id FROM initiative i
                WHERE initiative_active_in(i.start_date, i.end_date, i.status, :y)),
            reached AS (
                SELECT primary_settlement_id AS settlement_id FROM active
                UNION SELECT x.settlement_id FROM initiative_settlement x JOIN active a ON a.id = x.initiative_id)
            """;

    private record CountyRow(String code, String name, long activeInitiatives, long settlementsReached) {
    }

    private List<CountyRow> countyRows(int year) {
        Map<String, long[]> byCounty = new HashMap<>();
        jdbc.sql(ACTIVE + """
                SELECT c.code,
                       (SELECT count(*) FROM active a JOIN settlement s ON s.id = a.primary_settlement_id
                            WHERE s.county_code = c.code) AS initiatives,
                       (SELECT count(*) FROM reached r JOIN settlement s ON s.id = r.settlement_id
                            WHERE s.county_code = c.code) AS settlements
                FROM county c
                """).param("y", year).query((rs, n) -> byCounty.put(rs.getString(1).trim(),
                        new long[] {rs.getLong(2), rs.getLong(3)})).list();
        List<CountyRow> rows = new ArrayList<>();
        for (County county : counties.all()) {
            long[] v = byCounty.getOrDefault(county.code(), new long[2]);
            rows.add(new CountyRow(county.code(), county.name(), v[0], v[1]));
        }
        return rows;
    }

    private List<Point> points(int year) {
        return jdbc.sql(ACTIVE + """
                SELECT round(((s.longitude - 16.1) * 147.06)::numeric, 1) AS x,
                       round(((48.6 - s.latitude) * 216.3)::numeric, 1) AS y
                FROM reached r JOIN settlement s ON s.id = r.settlement_id
                WHERE s.latitude IS NOT NULL AND s.longitude IS NOT NULL
                ORDER BY s.id
                """).param("y", year).query(RecordRows.of(Point.class)).list();
    }

    private List<LatestPractice> latestPractices() {
        return jdbc.sql("""
                SELECT p.id, p.title, s.name AS settlement_name, c.name AS county_name, p.accredited_on
                FROM practice p JOIN settlement s ON s.id = p.settlement_id JOIN county c ON c.code = p.county_code
                WHERE p.status = 'ACCREDITED' ORDER BY p.accredited_on DESC, p.id DESC LIMIT 5
                """).query(RecordRows.of(LatestPractice.class)).list();
    }

    /** The current year in Hungary. */
    public static int currentYear() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Budapest")).getYear();
    }
}
