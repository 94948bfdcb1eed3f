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

    /** Up to {@link #YEARS} years ending with {@code year}, starting no earlier than the first initiative. */
    List<TrendPoint> trend(int year) {
        return jdbc.sql("""
                WITH first AS (
                    SELECT greatest(:year - :span + 1,
                                    coalesce(EXTRACT(YEAR FROM min(start_date))::int, :year)) AS y
                    FROM initiative WHERE status <> 'PLANNED')
                SELECT y.year,
                    (SELECT count(*) FROM initiative i
                       WHERE initiative_active_in(i.start_date, i.end_date, i.status, y.year)) AS active_initiatives,
                    (SELECT count(*) FROM initiative i WHERE i.status <> 'PLANNED'
                       AND i.start_date BETWEEN make_date(y.year, 1, 1) AND make_date(y.year, 12, 31)) AS new_initiatives,
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
