package hu.kozossegi.portal.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to community workers for other modules, without contact data. One SQL statement per call.
 */
@Service
public class Workers {

    private static final String SELECT = """
            SELECT w.id, w.full_name, w.county_code, c.name AS county_name, w.settlement_id,
                   s.name AS settlement_name, (w.kind = 'VOLUNTEER') AS volunteer, w.active
            FROM community_worker w
            JOIN county c ON c.code = w.county_code
            LEFT JOIN settlement s ON s.id = w.settlement_id
            """;

    private final JdbcClient jdbc;

    Workers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<WorkerSummary> find(long id) {
        return jdbc.sql(SELECT + " WHERE w.id = ?").param(id).query(RecordRows.of(WorkerSummary.class)).optional();
    }

    public Map<Long, WorkerSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE w.id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(RecordRows.of(WorkerSummary.class)).list().stream()
                .collect(Collectors.toMap(WorkerSummary::id, Function.identity()));
    }

    /**
     * Workers whose name contains {@code q} (accents and case ignored), across counties; active workers of
     * {@code preferCounty} come first, then Hungarian alphabetical order.
     */
    public List<WorkerSummary> search(String q, String preferCounty, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE %s
                 ORDER BY (w.county_code = :county AND w.active) DESC, w.full_name COLLATE "hu-HU-x-icu", w.id
                 LIMIT :limit""".formatted(TextSearch.contains("w.name_key", ":q")))
                .param("q", TextSearch.given(q) ? TextSearch.literal(q) : "")
                .param("county", preferCounty == null ? "" : preferCounty)
                .param("limit", limit)
                .query(RecordRows.of(WorkerSummary.class)).list();
    }

    /**
     * Workers of {@code countyCode} (every county when null) whose name contains {@code q} (accents and case
     * ignored, LIKE wildcards taken literally; blank: everyone), active first, in Hungarian alphabetical order.
     */
    public List<WorkerSummary> searchInCounty(String q, String countyCode, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE %s%s
                 ORDER BY w.active DESC, w.full_name COLLATE "hu-HU-x-icu", w.id
                 LIMIT :limit""".formatted(TextSearch.contains("w.name_key", ":q"),
                        countyCode == null ? "" : " AND w.county_code = :county"))
                .param("q", TextSearch.given(q) ? TextSearch.literal(q) : "").param("county", countyCode)
                .param("limit", limit)
                .query(RecordRows.of(WorkerSummary.class)).list();
    }
}
