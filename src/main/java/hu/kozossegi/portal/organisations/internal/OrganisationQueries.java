package hu.kozossegi.portal.organisations.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.organisations.InitiativeRelation;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the organisation pages: two statements per list page (count, page), one per detail. Contact data is
 * selected only for the organisation's county staff and the national office (DESIGN.md section 1), in SQL.
 */
@Component
public class OrganisationQueries {

    private static final String COLUMNS = """
            SELECT o.id, o.version, o.name, o.kind, o.county_code, c.name AS county_name, o.seat_settlement_id,
                   s.name AS seat_settlement_name, o.founded_on, o.focus,
                   CASE WHEN :seeAll OR o.county_code = :readerCounty THEN o.contact_name END AS contact_name,
                   CASE WHEN :seeAll OR o.county_code = :readerCounty THEN o.contact_email END AS contact_email,
                   CASE WHEN :seeAll OR o.county_code = :readerCounty THEN o.contact_phone END AS contact_phone,
                   o.founded_outcome_id, o.active,
                   (SELECT count(*) FROM organisation_initiative l WHERE l.organisation_id = o.id) AS initiatives
            """;
    private static final String JOINS = """
             JOIN organisation o ON o.id = page.id
            JOIN county c ON c.code = o.county_code
            JOIN settlement s ON s.id = o.seat_settlement_id
            """;
    private static final String ORDER = " ORDER BY o.name COLLATE \"hu-HU-x-icu\", o.id";

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    OrganisationQueries(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    @Transactional(readOnly = true)
    public Page<OrganisationRow> page(OrganisationFilter filter, PortalUser reader, Pageable pageable) {
        Map<String, Object> params = reader(reader);
        String where = where(filter, params);
        // Kept per filter while the data is unchanged (organisations are a data-version source, V87).
        long total = dataVersion.kept("organisation-list-totals", filter, () -> jdbc.sql(
                "SELECT count(*) FROM organisation o" + where).params(params).query(Long.class).single());
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<OrganisationRow> rows = jdbc.sql(COLUMNS + " FROM (SELECT o.id FROM organisation o" + where + ORDER
                        + " LIMIT :limit OFFSET :offset) page" + JOINS + ORDER)
                .params(params).query(RecordRows.of(OrganisationRow.class)).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every matching organisation in list order, streamed (for the CSV export); contact data as for the detail. */
    @Transactional(readOnly = true)
    public void forEach(OrganisationFilter filter, PortalUser reader, Consumer<OrganisationRow> action) {
        Map<String, Object> params = reader(reader);
        String where = where(filter, params);
        try (Stream<OrganisationRow> rows = jdbc.sql(COLUMNS + " FROM (SELECT o.id FROM organisation o" + where
                        + ") page" + JOINS + ORDER)
                .params(params).withFetchSize(RecordRows.STREAM).query(RecordRows.of(OrganisationRow.class)).stream()) {
            rows.forEach(action);
        }
    }

    public Optional<OrganisationRow> find(long id, PortalUser reader) {
        Map<String, Object> params = reader(reader);
        params.put("id", id);
        return jdbc.sql(COLUMNS + " FROM (SELECT CAST(:id AS bigint) AS id) page" + JOINS).params(params)
                .query(RecordRows.of(OrganisationRow.class)).optional();
    }

    /** The initiatives an organisation is linked to, with the relation, in the order they were linked. */
    public Map<Long, InitiativeRelation> links(long organisationId) {
        Map<Long, InitiativeRelation> links = new LinkedHashMap<>();
        jdbc.sql("SELECT initiative_id, relation FROM organisation_initiative WHERE organisation_id = ?"
                + " ORDER BY relation DESC, initiative_id").param(organisationId)
                .query(rs -> {
                    links.put(rs.getLong("initiative_id"), InitiativeRelation.valueOf(rs.getString("relation")));
                });
        return links;
    }

    /** The organisations linked to an initiative or founded as one of its outcomes (at most {@code limit}). */
    public List<OrganisationRow> ofInitiative(long initiativeId, PortalUser reader, int limit) {
        Map<String, Object> params = reader(reader);
        params.put("initiative", initiativeId);
        params.put("limit", limit);
        return jdbc.sql(COLUMNS + """
                 FROM (SELECT l.organisation_id AS id FROM organisation_initiative l WHERE l.initiative_id = :initiative
                       LIMIT :limit) page""" + JOINS + ORDER)
                .params(params).query(RecordRows.of(OrganisationRow.class)).list();
    }

    private static Map<String, Object> reader(PortalUser reader) {
        Map<String, Object> params = new HashMap<>();
        params.put("seeAll", reader != null && reader.isNationalOffice());
        params.put("readerCounty", reader == null || reader.countyCode() == null ? "" : reader.countyCode());
        return params;
    }

    /** Only the conditions of the filters in use, so that PostgreSQL plans each combination well. */
    private static String where(OrganisationFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (filter.county() != null) {
            where.append(" AND o.county_code = :county");
            params.put("county", filter.county());
        }
        if (filter.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.active() != null) {
            where.append(" AND o.active = :active");
            params.put("active", filter.active());
        }
        if (TextSearch.given(filter.q())) {
            where.append(" AND ").append(TextSearch.contains("search_key(o.name)", ":q"));
            params.put("q", TextSearch.literal(filter.q()));
        }
        return where.toString();
    }
}
