package hu.kozossegi.portal.initiatives.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The filtered initiative list, paginated in SQL: one count and one page query, whatever the page size. */
@Service
public class InitiativeListQuery {

    private static final String FROM = " FROM initiative i WHERE TRUE";

    private static final String SELECT = """
            SELECT i.id, i.title, s.id AS settlement_id, s.name AS settlement_name, s.county_code,
                   c.name AS county_name, i.status, i.start_date, i.end_date, p.name AS programme_name,
                   i.resident_participants
            FROM (SELECT i.id %s ORDER BY %s LIMIT :limit OFFSET :offset) page
            JOIN initiative i ON i.id = page.id
            JOIN settlement s ON s.id = i.primary_settlement_id
            JOIN county c ON c.code = s.county_code
            LEFT JOIN programme p ON p.id = i.programme_id
            ORDER BY %s
            """;

    private static final String BY_START = "i.start_date DESC NULLS LAST, i.id DESC";
    private static final String BY_TITLE = "i.title COLLATE \"hu-HU-x-icu\", i.id";

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    InitiativeListQuery(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    @Transactional(readOnly = true)
    public SummedPage<InitiativeRow> page(InitiativeFilter filter, Pageable pageable) {
        planForTheSearchText(filter);
        // The count and the sum of reported resident participants of every matching initiative, in one statement;
        // they read only data-version source tables (initiatives, their settlements and themes, settlements), so
        // they are kept per filter while the data is unchanged (a full scan of 60,000 initiatives otherwise).
        InitiativeFilter counted = new InitiativeFilter(filter.county(), filter.region(), filter.settlement(),
                filter.year(), filter.scope(), filter.status(), filter.theme(), filter.programme(), filter.q(), null);
        long[] totals = dataVersion.kept("initiative-list-totals", counted, () -> bind(jdbc.sql(
                "SELECT count(*) AS total, coalesce(sum(i.resident_participants), 0) AS residents" + where(filter)),
                filter).query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("residents")}).single());
        String order = filter.byTitle() ? BY_TITLE : BY_START;
        List<InitiativeRow> rows = bind(jdbc.sql(SELECT.formatted(where(filter), order, order)), filter)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(RecordRows.of(InitiativeRow.class)).list();
        return new SummedPage<>(new PageImpl<>(rows, pageable, totals[0]), totals[1]);
    }

    /** Every matching row, streamed in list order (for the CSV export). */
    @Transactional(readOnly = true)
    public void forEach(InitiativeFilter filter, Consumer<InitiativeRow> consumer) {
        planForTheSearchText(filter);
        String order = filter.byTitle() ? BY_TITLE : BY_START;
        try (Stream<InitiativeRow> rows = bind(jdbc.sql(SELECT.formatted(where(filter), order, order)), filter)
                .param("limit", Integer.MAX_VALUE).param("offset", 0)
                .withFetchSize(RecordRows.STREAM).query(RecordRows.of(InitiativeRow.class)).stream()) {
            rows.forEach(consumer);
        }
    }

    /**
     * A search text is planned with its value: after five runs the driver's prepared statement would otherwise get
     * a generic plan that cannot tell a word in a third of all titles from a word in three (count 25 ms → 57 ms).
     * Local to the (read-only) transaction.
     */
    private void planForTheSearchText(InitiativeFilter filter) {
        if (hasText(filter.q())) {
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        }
    }

    /** Only the conditions of the filters in use, so that PostgreSQL plans each combination well. */
    private static String where(InitiativeFilter f) {
        StringBuilder sql = new StringBuilder(FROM);
        if (f.county() != null) {
            sql.append(" AND i.primary_settlement_id IN (SELECT id FROM settlement WHERE county_code = :county)");
        }
        if (f.region() != null) {
            sql.append(" AND i.primary_settlement_id IN (SELECT s.id FROM settlement s JOIN county c"
                    + " ON c.code = s.county_code WHERE c.region_id = :region)");
        }
        if (f.settlement() != null) {
            sql.append(" AND (i.primary_settlement_id = :settlement OR EXISTS (SELECT 1 FROM initiative_settlement x"
                    + " WHERE x.initiative_id = i.id AND x.settlement_id = :settlement))");
        }
        if (f.onlyNew()) {
            // New in Y: started in Y and not PLANNED (the report's "new initiatives").
            sql.append(" AND i.status <> 'PLANNED' AND i.start_date IS NOT NULL");
            if (f.year() != null) {
                sql.append(" AND i.start_date >= make_date(:year, 1, 1) AND i.start_date < make_date(:year + 1, 1, 1)");
            }
        } else if (f.year() != null) {
            sql.append(" AND initiative_active_in(i.start_date, i.end_date, i.status, :year)");
        }
        if (f.status() != null) {
            sql.append(" AND i.status = :status");
        }
        if (f.theme() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM initiative_theme t WHERE t.initiative_id = i.id"
                    + " AND t.theme_code = :theme)");
        }
        if (f.programme() != null) {
            sql.append(" AND i.programme_id = :programme");
        }
        if (hasText(f.q())) {
            // Title or primary settlement's name: the settlement ids come first as an array, so that both halves
            // are index conditions PostgreSQL can OR together as bitmaps (trigram index on the stored title key).
            sql.append(" AND (" + TextSearch.contains("i.title_key", ":q") + " OR i.primary_settlement_id = ANY (ARRAY("
                    + "SELECT id FROM settlement WHERE " + TextSearch.contains("search_key(name)", ":q") + ")))");
        }
        return sql.toString();
    }

    private static boolean hasText(String q) {
        return q != null && !q.isBlank();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, InitiativeFilter f) {
        if (f.county() != null) {
            spec = spec.param("county", f.county());
        }
        if (f.region() != null) {
            spec = spec.param("region", f.region());
        }
        if (f.settlement() != null) {
            spec = spec.param("settlement", f.settlement());
        }
        if (f.year() != null) {
            spec = spec.param("year", f.year());
        }
        if (f.status() != null) {
            spec = spec.param("status", f.status().name());
        }
        if (f.theme() != null) {
            spec = spec.param("theme", f.theme());
        }
        if (f.programme() != null) {
            spec = spec.param("programme", f.programme());
        }
        if (hasText(f.q())) {
            spec = spec.param("q", TextSearch.literal(f.q()));
        }
        return spec;
    }
}
