package hu.kozossegi.portal.initiatives.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.db.TextSearch;
import hu.kozossegi.portal.shared.db.Where;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered initiative list, paginated in SQL: one page query, whatever the page size, and the count kept per
 * filter (with a search text, the settlements it names are read first, once per filter).
 */
@Service
public class InitiativeListQuery {

    /**
     * A search with at most this many matches collects them through the text indexes and orders them, instead of
     * walking the list's order to its page: with a constant array of named settlements PostgreSQL estimates their
     * initiatives from the table's statistics and may walk all 61,767 entries for 17 matches ("buda", 16 ms
     * against 1 ms). In start order the same holds for a page within at most this many dated matches (the newest
     * 25 of the 10,107 with "kert" are among its 107 dated ones: walking the 18,000 dated entries before them took
     * 9.7 ms, collecting the 107 through V102's index 0.4 ms). Otherwise the planner chooses.
     */
    public static final int COLLECTED_AT_MOST = 1000;

    private static final String SELECT = """
            %sSELECT i.id, i.title, s.id AS settlement_id, s.name AS settlement_name, s.county_code,
                   c.name AS county_name, i.status, i.start_date, i.end_date, p.name AS programme_name,
                   i.resident_participants
            FROM (SELECT i.id FROM %s ORDER BY %s LIMIT :limit OFFSET :offset) page
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
        Totals totals = totals(filter);
        String order = filter.byTitle() ? BY_TITLE : BY_START;
        Where where = where(filter, totals.namedSettlements());
        boolean searched = TextSearch.given(filter.q());
        String sql;
        if (searched && totals.count() <= COLLECTED_AT_MOST) {
            sql = collected(where, order);
        } else if (searched && !filter.byTitle() && totals.dated() <= COLLECTED_AT_MOST
                && pageable.getOffset() + pageable.getPageSize() <= totals.dated()) {
            // The page lies within the dated matches, which come first in start order (V102's index finds them).
            where.and("i.start_date IS NOT NULL");
            sql = collected(where, order);
        } else {
            sql = SELECT.formatted("", "initiative i" + where.sql(), order, order);
        }
        List<InitiativeRow> rows = jdbc.sql(sql).params(where.params())
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(RecordRows.of(InitiativeRow.class)).list();
        return new SummedPage<>(new PageImpl<>(rows, pageable, totals.count()), totals.residents());
    }

    /** The page of the rows matching {@code where}, collected through the indexes and sorted. */
    private static String collected(Where where, String order) {
        return SELECT.formatted("WITH matches AS MATERIALIZED (SELECT i.id, i.start_date, i.title FROM initiative i"
                + where.sql() + ") ", "matches i", order, order);
    }

    /** Every matching row, streamed in list order (for the CSV export). */
    @Transactional(readOnly = true)
    public void forEach(InitiativeFilter filter, Consumer<InitiativeRow> consumer) {
        planForTheSearchText(filter);
        String order = filter.byTitle() ? BY_TITLE : BY_START;
        Where where = where(filter, settlementsNamed(filter.q()));
        try (Stream<InitiativeRow> rows = jdbc.sql(SELECT.formatted("", "initiative i" + where.sql(), order, order))
                .params(where.params())
                .param("limit", Integer.MAX_VALUE).param("offset", 0)
                .withFetchSize(RecordRows.STREAM).query(RecordRows.of(InitiativeRow.class)).stream()) {
            rows.forEach(consumer);
        }
    }

    /**
     * The count and the sum of reported resident participants of every matching initiative, in one statement, and
     * the settlements whose name the search text matches. They read only data-version source tables (initiatives,
     * their settlements and themes, settlements), so they are kept per filter while the data is unchanged (a full
     * scan of 60,000 initiatives otherwise).
     */
    private Totals totals(InitiativeFilter filter) {
        InitiativeFilter counted = new InitiativeFilter(filter.county(), filter.region(), filter.settlement(),
                filter.year(), filter.scope(), filter.status(), filter.theme(), filter.programme(), filter.q(), null);
        return dataVersion.kept("initiative-list-totals", counted, () -> {
            long[] named = settlementsNamed(filter.q());
            Where where = where(filter, named);
            return jdbc.sql("SELECT count(*) AS total, count(i.start_date) AS dated,"
                    + " coalesce(sum(i.resident_participants), 0) AS residents FROM initiative i" + where.sql())
                    .params(where.params()).query((rs, n) -> new Totals(rs.getLong("total"), rs.getLong("dated"),
                            rs.getLong("residents"), named)).single();
        });
    }

    /** The ids of the settlements whose name contains the search text (none without one). */
    private long[] settlementsNamed(String q) {
        if (!TextSearch.given(q)) {
            return new long[0];
        }
        return jdbc.sql("SELECT id FROM settlement WHERE " + TextSearch.contains("search_key(name)", ":q")
                + " ORDER BY id").param("q", TextSearch.literal(q)).query(Long.class).list().stream()
                .mapToLong(Long::longValue).toArray();
    }

    /**
     * A search text is planned with its value: after five runs the driver's prepared statement would otherwise get
     * a generic plan that cannot tell a word in a third of all titles from a word in three (count 25 ms → 57 ms),
     * and the named settlements would not be a constant that PostgreSQL looks up by hash. Local to the (read-only)
     * transaction.
     */
    private void planForTheSearchText(InitiativeFilter filter) {
        if (TextSearch.given(filter.q())) {
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        }
    }

    /** Only the conditions of the filters in use, so that PostgreSQL plans each combination well. */
    private static Where where(InitiativeFilter f, long[] namedSettlements) {
        Where where = new Where()
                .and("i.primary_settlement_id IN (SELECT id FROM settlement WHERE county_code = :county)",
                        "county", f.county())
                .and("i.primary_settlement_id IN (SELECT s.id FROM settlement s JOIN county c"
                        + " ON c.code = s.county_code WHERE c.region_id = :region)", "region", f.region())
                .and("i.primary_settlement_id = :settlement OR EXISTS (SELECT 1 FROM initiative_settlement x"
                        + " WHERE x.initiative_id = i.id AND x.settlement_id = :settlement)", "settlement",
                        f.settlement());
        if (f.onlyNew()) {
            // New in Y: started in Y and not PLANNED (the report's "new initiatives").
            where.and("i.status <> 'PLANNED' AND i.start_date IS NOT NULL")
                    .and("i.start_date >= make_date(:year, 1, 1) AND i.start_date < make_date(:year + 1, 1, 1)",
                            "year", f.year());
        } else {
            where.and("initiative_active_in(i.start_date, i.end_date, i.status, :year)", "year", f.year());
        }
        where.and("i.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("EXISTS (SELECT 1 FROM initiative_theme t WHERE t.initiative_id = i.id"
                        + " AND t.theme_code = :theme)", "theme", f.theme())
                .and("i.programme_id = :programme", "programme", f.programme());
        if (namedSettlements.length == 0) {
            return where.searchKey("i.title_key", f.q());
        }
        // Title or primary settlement's name. The settlements come as a constant array: an index condition that
        // PostgreSQL can OR with the trigram index's as bitmaps when the matches are few, and a hashed lookup for
        // each entry when it walks the list's order to its page (an array from a sub-select is searched linearly,
        // 0.2 µs for each of the 18,000 entries passed before the 25 newest initiatives with "kert").
        return where.and(TextSearch.contains("i.title_key", ":q")
                + " OR i.primary_settlement_id = ANY (CAST(:settlements AS bigint[]))")
                .param("q", TextSearch.literal(f.q())).param("settlements", namedSettlements);
    }

    /** The list's total (and how many of them have a start date) and sum, and the settlements its search names. */
    private record Totals(long count, long dated, long residents, long[] namedSettlements) {
    }
}
