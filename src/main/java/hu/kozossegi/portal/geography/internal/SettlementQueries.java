package hu.kozossegi.portal.geography.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the settlement pages: two statements per list page (count and rows), one per detail. */
@Component
public class SettlementQueries {

    private static final String SELECT = """
            SELECT s.id, s.name, s.county_code, c.name AS county_name, s.type, s.parent_id, p.name AS parent_name,
                   s.population, s.ksh_code, s.micro_region, s.disadvantaged, s.latitude, s.longitude, s.version
            FROM settlement s
            JOIN county c ON c.code = s.county_code
            LEFT JOIN settlement p ON p.id = s.parent_id
            """;
    private static final String BY_NAME = "settlement_sort_name(s.name) COLLATE \"hu-HU-x-icu\", s.id";

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    SettlementQueries(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    public Page<SettlementRow> list(SettlementFilter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        // Kept per filter (not per order) while the data is unchanged (settlements are a data-version source).
        SettlementFilter counted = new SettlementFilter(filter.county(), filter.type(), filter.disadvantaged(),
                filter.q(), null);
        long total = dataVersion.kept("settlement-list-totals", counted, () -> jdbc.sql(
                "SELECT count(*) FROM settlement s" + where).params(params).query(Long.class).single());
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<SettlementRow> rows = jdbc.sql(SELECT + where + " ORDER BY " + order(filter.sort())
                + " LIMIT :limit OFFSET :offset").params(params).query(RecordRows.of(SettlementRow.class)).list();
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /** Every row matching the filter, streamed in list order (for the CSV export). */
    @Transactional(readOnly = true)
    public void forEach(SettlementFilter filter, Consumer<SettlementRow> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        try (var rows = jdbc.sql(SELECT + where + " ORDER BY " + order(filter.sort())).params(params)
                .withFetchSize(RecordRows.STREAM).query(RecordRows.of(SettlementRow.class)).stream()) {
            rows.forEach(consumer);
        }
    }

    public Optional<SettlementRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(RecordRows.of(SettlementRow.class)).optional();
    }

    /** Housing estates or districts of a settlement, at most {@code limit}. */
    public List<SettlementRow> children(long id, int limit) {
        return jdbc.sql(SELECT + " WHERE s.parent_id = ? ORDER BY " + BY_NAME + " LIMIT ?").param(id).param(limit)
                .query(RecordRows.of(SettlementRow.class)).list();
    }

    private static String where(SettlementFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.county() != null) {
            where.append(" AND s.county_code = :county");
            params.put("county", filter.county());
        }
        if (filter.type() != null) {
            where.append(" AND s.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.disadvantaged() != null) {
            where.append(" AND s.disadvantaged = :disadvantaged");
            params.put("disadvantaged", filter.disadvantaged());
        }
        if (TextSearch.given(filter.q())) {
            where.append(" AND ").append(TextSearch.contains("search_key(s.name)", ":q"));
            params.put("q", TextSearch.literal(filter.q()));
        }
        return where.toString();
    }

    private static String order(String sort) {
        return switch (sort == null ? "name" : sort) {
            case "county" -> "c.name COLLATE \"hu-HU-x-icu\", " + BY_NAME;
            case "population" -> "s.population DESC NULLS LAST, " + BY_NAME;
            default -> BY_NAME;
        };
    }
}
