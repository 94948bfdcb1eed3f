package hu.kozossegi.portal.initiatives;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read access to initiatives for other modules (reports, practices, events): one SQL statement per call.
 * "Active in year Y" is the database function {@code initiative_active_in(start_date, end_date, status, Y)};
 * reports use it (or {@link #ACTIVE_IN_YEAR}) so that every figure shares one definition.
 */
@Service
public class Initiatives {

    /** SQL condition on an {@code initiative} aliased {@code i} for a year bound as {@code :year}. */
    public static final String ACTIVE_IN_YEAR = "initiative_active_in(i.start_date, i.end_date, i.status, :year)";

    private static final String SELECT = """
            SELECT i.id, i.title, s.county_code, i.primary_settlement_id, s.name AS primary_settlement_name,
                   i.status, i.start_date, i.end_date
            FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
            """;

    private final JdbcClient jdbc;

    Initiatives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InitiativeSummary> find(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query(RecordRows.of(InitiativeSummary.class)).optional();
    }

    /** The initiatives with these ids, in the order of {@code ids} (unknown ids left out): one SQL statement. */
    public List<InitiativeSummary> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, InitiativeSummary> found = jdbc.sql(SELECT + " WHERE i.id = ANY(?)").param(ids.toArray(Long[]::new))
                .query(RecordRows.of(InitiativeSummary.class)).list().stream()
                .collect(Collectors.toMap(InitiativeSummary::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private static final String OUTCOME = """
            SELECT o.id, o.initiative_id, i.title AS initiative_title, s.county_code, i.primary_settlement_id,
                   s.name AS primary_settlement_name, (o.type = 'CIVIL_ORGANISATION') AS civil_organisation, o.name,
                   o.achieved_on
            FROM initiative_outcome o JOIN initiative i ON i.id = o.initiative_id
            JOIN settlement s ON s.id = i.primary_settlement_id
            """;

    public Optional<OutcomeSummary> outcome(long id) {
        return jdbc.sql(OUTCOME + " WHERE o.id = ?").param(id).query(RecordRows.of(OutcomeSummary.class)).optional();
    }

    /** The outcomes "civil organisation founded" of an initiative, oldest first. */
    public List<OutcomeSummary> civilOrganisationOutcomes(long initiativeId) {
        return jdbc.sql(OUTCOME + " WHERE o.initiative_id = ? AND o.type = 'CIVIL_ORGANISATION'"
                + " ORDER BY o.achieved_on, o.id").param(initiativeId).query(RecordRows.of(OutcomeSummary.class)).list();
    }

    /** Initiatives whose title contains {@code q} (accents and case ignored), optionally of one county. */
    public List<InitiativeSummary> search(String q, String countyCode, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE %s%s
                 ORDER BY i.title COLLATE "hu-HU-x-icu", i.id LIMIT :limit""".formatted(
                        TextSearch.contains("i.title_key", ":q"),
                        countyCode == null ? "" : " AND s.county_code = :county"))
                .param("q", TextSearch.given(q) ? TextSearch.literal(q) : "").param("county", countyCode)
                .param("limit", limit)
                .query(RecordRows.of(InitiativeSummary.class)).list();
    }
}
