package hu.kozossegi.portal.geography;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import hu.kozossegi.portal.shared.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to settlements for other modules: one SQL statement per call, whatever the number of ids.
 * Search ignores accents and case; results come in Hungarian alphabetical order.
 */
@Service
public class Settlements {

    private static final String SELECT = """
            SELECT s.id, s.name, s.county_code, c.name AS county_name, s.type, s.population, s.disadvantaged
            FROM settlement s JOIN county c ON c.code = s.county_code
            """;

    private static final String ORDER = " ORDER BY settlement_sort_name(s.name) COLLATE \"hu-HU-x-icu\", s.id";

    /** The most settlements a county's filter offers (the largest county has about 360 with their parts). */
    private static final int FILTER_OPTIONS_AT_MOST = 2000;

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    Settlements(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    /**
     * A county's settlements as the choices of a list's settlement filter (value: id, label: name), in Hungarian
     * alphabetical order; none without a county. Kept at the data version (settlements raise it): sorting a county's
     * names by the ICU collation took 3 ms of every filtered list page.
     */
    public List<Option> filterOptions(String countyCode) {
        if (countyCode == null) {
            return List.of();
        }
        return dataVersion.kept("settlement-filter-options", countyCode, () -> search("", countyCode,
                FILTER_OPTIONS_AT_MOST).stream().map(s -> new Option(Long.toString(s.id()), s.name())).toList());
    }

    public Optional<SettlementSummary> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(RecordRows.of(SettlementSummary.class)).optional();
    }

    /**
     * How a place is named to a reader: a part of a settlement (a housing estate, a Budapest neighbourhood) with the
     * settlement it belongs to (Uránváros of Pécs reads Uránváros, Pécs), any other settlement by its name; empty
     * for an unknown id.
     */
    public Optional<String> placeName(long id) {
        return jdbc.sql("""
                SELECT s.name || coalesce(', ' || p.name, '') FROM settlement s
                LEFT JOIN settlement p ON p.id = s.parent_id WHERE s.id = ?""").param(id).query(String.class).optional();
    }

    public Map<Long, SettlementSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE s.id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(RecordRows.of(SettlementSummary.class)).list().stream()
                .collect(Collectors.toMap(SettlementSummary::id, Function.identity()));
    }

    /** Exact name in a county, ignoring accents and case (for forms where the user types a settlement name). */
    public List<SettlementSummary> findByName(String countyCode, String name) {
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + " WHERE search_key(s.name) = search_key(:name)"
                + (countyCode == null ? "" : " AND s.county_code = :county") + ORDER)
                .param("name", name.trim());
        return (countyCode == null ? spec : spec.param("county", countyCode))
                .query(RecordRows.of(SettlementSummary.class)).list();
    }

    /**
     * Settlements whose name contains {@code q} (accents and case ignored), optionally in one county. Only the
     * conditions in use go into the SQL: a blank {@code q} with a county is a plain index range, not a pattern
     * match over every settlement (which a cached generic plan would otherwise do for every call).
     */
    public List<SettlementSummary> search(String q, String countyCode, int limit) {
        boolean text = TextSearch.given(q);
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (text) {
            where.append(" AND ").append(TextSearch.contains("search_key(s.name)", ":q"));
        }
        if (countyCode != null) {
            where.append(" AND s.county_code = :county");
        }
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + where + ORDER + " LIMIT :limit").param("limit", limit);
        if (text) {
            spec = spec.param("q", TextSearch.literal(q));
        }
        if (countyCode != null) {
            spec = spec.param("county", countyCode);
        }
        return spec.query(RecordRows.of(SettlementSummary.class)).list();
    }
}
