package hu.kozossegi.portal.reporting.internal;

import java.util.List;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The national trend of the main indicators over the years up to the report year: one SQL statement. */
@Component
class TrendFigures {

    static final int YEARS = 10;

    private final JdbcClient jdbc;

    TrendFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@link #YEARS} years ending with {@code year}, starting no earlier than the first initiative. The
     * initiatives are read once, counted by their start and end years ({@code spans}: a few hundred groups), and
     * each year adds up the groups active in it, as {@code initiative_active_in} (V30) decides: started by the year's
     * end, not planned, not ended before it began; new = started in the year.
     */
    List<TrendPoint> trend(int year) {
        return jdbc.sql("""
                WITH first AS (
                    SELECT greatest(:year - :span + 1,
                                    coalesce(EXTRACT(YEAR FROM min(start_date))::int, :year)) AS y
                    FROM initiative WHERE status <> 'PLANNED')
                , spans AS (
                    SELECT EXTRACT(YEAR FROM i.start_date)::int AS starts, EXTRACT(YEAR FROM i.end_date)::int AS ends,
                           count(*) AS n
                    FROM initiative i
                    WHERE i.start_date IS NOT NULL AND i.status <> 'PLANNED' AND i.start_date <= make_date(:year, 12, 31)
                    GROUP BY 1, 2)
                SELECT y.year,
                    (SELECT coalesce(sum(s.n), 0)::bigint FROM spans s
                       WHERE s.starts <= y.year AND (s.ends IS NULL OR s.ends >= y.year)) AS active_initiatives,
                    (SELECT coalesce(sum(s.n), 0)::bigint FROM spans s WHERE s.starts = y.year) AS new_initiatives,
                    (SELECT count(*) FROM activity_event e WHERE e.status = 'HELD'
                       AND e.starts_at >= make_timestamptz(y.year, 1, 1, 0, 0, 0, 'Europe/Budapest')
                       AND e.starts_at < make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, 'Europe/Budapest')) AS events_held,
                    (SELECT count(*) FROM exchange_visit v
                       WHERE v.status = 'HELD' AND v.visit_date BETWEEN make_date(y.year, 1, 1) AND make_date(y.year, 12, 31)) AS visits_held
                FROM first, generate_series(LEAST(first.y, :year), :year) AS y(year)
                ORDER BY y.year""")
                .param("year", year).param("span", YEARS)
                .query(RecordRows.of(TrendPoint.class)).list();
    }
}
