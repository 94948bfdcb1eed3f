package hu.kozossegi.portal.geography;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private final JdbcClient jdbc;

    Settlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SettlementSummary> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SettlementSummary.class).optional();
    }

    public Map<Long, SettlementSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE s.id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(SettlementSummary.class).list().stream()
                .collect(Collectors.toMap(SettlementSummary::id, Function.identity()));
    }

    /** Exact name in a county, ignoring accents and case (for forms where the user types a settlement name). */
    public List<SettlementSummary> findByName(String countyCode, String name) {
        return jdbc.sql(SELECT + """
                 WHERE search_key(s.name) = search_key(:name) AND (CAST(:county AS text) IS NULL OR s.county_code = :county)
                 ORDER BY s.name COLLATE "hu-HU-x-icu", s.id""")
                .param("name", name.trim()).param("county", countyCode)
                .query(SettlementSummary.class).list();
    }

    /** Settlements whose name contains {@code q} (accents and case ignored), optionally in one county. */
    public List<SettlementSummary> search(String q, String countyCode, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE search_key(s.name) LIKE '%' || search_key(:q) || '%'
                   AND (CAST(:county AS text) IS NULL OR s.county_code = :county)
                 ORDER BY s.name COLLATE "hu-HU-x-icu", s.id LIMIT :limit""")
                .param("q", q == null ? "" : q.trim()).param("county", countyCode).param("limit", limit)
                .query(SettlementSummary.class).list();
    }
}
