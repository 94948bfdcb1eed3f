package hu.kozossegi.portal.organisations;

import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to organisations for other modules, without contact data: one SQL statement per call. */
@Service
public class Organisations {

    private static final String SELECT = """
            SELECT o.id, o.name, o.kind, o.county_code, c.name AS county_name, o.seat_settlement_id,
                   s.name AS seat_settlement_name, o.founded_on, o.active
            FROM organisation o JOIN county c ON c.code = o.county_code JOIN settlement s ON s.id = o.seat_settlement_id
            """;

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OrganisationSummary> find(long id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(RecordRows.of(OrganisationSummary.class))
                .optional();
    }

    /**
     * Organisations whose name contains {@code q} (accents and case ignored, LIKE wildcards literal), optionally of
     * one county, in Hungarian alphabetical order.
     */
    public List<OrganisationSummary> search(String q, String countyCode, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE """ + TextSearch.contains("search_key(o.name)", ":q")
                + (countyCode == null ? "" : " AND o.county_code = :county") + """

                 ORDER BY o.name COLLATE "hu-HU-x-icu", o.id LIMIT :limit""")
                .param("q", TextSearch.given(q) ? TextSearch.literal(q) : "").param("county", countyCode).param("limit", limit)
                .query(RecordRows.of(OrganisationSummary.class)).list();
    }
}
