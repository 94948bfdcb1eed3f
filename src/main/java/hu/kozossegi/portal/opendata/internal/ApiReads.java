package hu.kozossegi.portal.opendata.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import hu.kozossegi.portal.opendata.internal.ApiRecords.Event;
import hu.kozossegi.portal.opendata.internal.ApiRecords.Filter;
import hu.kozossegi.portal.opendata.internal.ApiRecords.Initiative;
import hu.kozossegi.portal.opendata.internal.ApiRecords.InitiativeLink;
import hu.kozossegi.portal.opendata.internal.ApiRecords.Organisation;
import hu.kozossegi.portal.opendata.internal.ApiRecords.Practice;
import hu.kozossegi.portal.opendata.internal.ApiRecords.Programme;
import hu.kozossegi.portal.opendata.internal.ApiRecords.Settlement;
import hu.kozossegi.portal.opendata.internal.ApiRecords.Visit;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.Where;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of {@code /api/v1}, read with SQL and paged in the database (one count, one page query; ordered by
 * id, which is stable). Each list is limited to the token's scope and the filters given. No column holding a
 * person's name or contact is selected.
 */
@Service
@Transactional(readOnly = true)
public class ApiReads {

    private static final String PROGRAMME_INITIATIVES = "SELECT id FROM initiative WHERE programme_id = :scopeProgramme";

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    ApiReads(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    public Page<Initiative> initiatives(ApiScope scope, Filter f, Pageable page) {
        Where where = new Where()
                .and("s.county_code = :scopeCounty", "scopeCounty", scope.countyCode())
                .and("i.programme_id = :scopeProgramme", "scopeProgramme", scope.programmeId())
                .and("s.county_code = :county", "county", f.county())
                .and("initiative_active_in(i.start_date, i.end_date, i.status, :year)", "year", f.year())
                .and("i.status = :status", "status", f.status())
                .searchKey("i.title_key", f.q());
        return page("""
                SELECT i.id, i.title, i.status, i.start_date, i.end_date, s.county_code, c.name AS county_name,
                       s.id AS settlement_id, s.name AS settlement_name, p.id AS programme_id, p.name AS programme_name,
                       i.resident_participants""", """
                FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
                JOIN county c ON c.code = s.county_code LEFT JOIN programme p ON p.id = i.programme_id""",
                where, "i.id", page, Initiative.class);
    }

    public Page<Settlement> settlements(ApiScope scope, Filter f, Pageable page) {
        Where where = new Where()
                .and("s.county_code = :scopeCounty", "scopeCounty", scope.countyCode())
                .and("s.id IN (SELECT primary_settlement_id FROM initiative WHERE programme_id = :scopeProgramme"
                        + " UNION SELECT x.settlement_id FROM initiative_settlement x JOIN initiative i"
                        + " ON i.id = x.initiative_id WHERE i.programme_id = :scopeProgramme)",
                        "scopeProgramme", scope.programmeId())
                .and("s.county_code = :county", "county", f.county())
                .and("s.type = :kind", "kind", f.kind())
                .search("s.name", f.q());
        return page("""
                SELECT s.id, s.name, s.county_code, c.name AS county_name, s.type, s.parent_id, s.population,
                       s.ksh_code, s.disadvantaged, s.latitude, s.longitude""",
                "FROM settlement s JOIN county c ON c.code = s.county_code", where, "s.id", page, Settlement.class);
    }

    public Page<Event> events(ApiScope scope, Filter f, Pageable page) {
        Where where = new Where()
                .and("e.county_code = :scopeCounty", "scopeCounty", scope.countyCode())
                .and("e.initiative_id IN (" + PROGRAMME_INITIATIVES + ")", "scopeProgramme", scope.programmeId())
                .and("e.county_code = :county", "county", f.county())
                .and("e.starts_at >= make_timestamptz(:year, 1, 1, 0, 0, 0, 'Europe/Budapest')"
                        + " AND e.starts_at < make_timestamptz(:year + 1, 1, 1, 0, 0, 0, 'Europe/Budapest')", "year", f.year())
                .and("e.status = :status", "status", f.status())
                .and("e.kind = :kind", "kind", f.kind())
                .search("e.title", f.q());
        return page("""
                SELECT e.id, e.kind, e.title, e.topic, e.status, e.starts_at, e.ends_at, e.county_code,
                       c.name AS county_name, e.venue_settlement_id, s.name AS venue_settlement_name, e.initiative_id,
                       e.capacity, e.training_hours,
                       e.present_count AS participants""", """
                FROM activity_event e LEFT JOIN county c ON c.code = e.county_code
                LEFT JOIN settlement s ON s.id = e.venue_settlement_id""", where, "e.id", page, Event.class);
    }

    /** {@code visitStatus}: PLANNED, HELD or CANCELLED (only held visits count in the reports); null for all. */
    public Page<Visit> visits(ApiScope scope, Filter f, String visitStatus, Pageable page) {
        Where where = new Where()
                .and("v.status = :visitStatus", "visitStatus", visitStatus)
                .and("v.county_code = :scopeCounty", "scopeCounty", scope.countyCode())
                .and("v.host_initiative_id IN (" + PROGRAMME_INITIATIVES + ")", "scopeProgramme", scope.programmeId())
                .and("v.county_code = :county", "county", f.county())
                .and("EXTRACT(YEAR FROM v.visit_date) = :year", "year", f.year())
                .and("v.follow_up = :status", "status", f.status())
                .search("s.name", f.q());
        return page("""
                SELECT v.id, v.visit_date, v.status AS visit_status, v.county_code, c.name AS county_name,
                       s.id AS host_settlement_id,
                       s.name AS host_settlement_name, v.host_initiative_id, v.other_participants,
                       (SELECT count(*) FROM exchange_visit_worker w WHERE w.visit_id = v.id) AS workers, v.follow_up""",
                """
                FROM exchange_visit v JOIN county c ON c.code = v.county_code
                JOIN settlement s ON s.id = v.host_settlement_id""", where, "v.id", page, Visit.class);
    }

    /** Accredited practices only: the public catalogue's. */
    public Page<Practice> practices(ApiScope scope, Filter f, Pageable page) {
        Where where = new Where().and("p.status = 'ACCREDITED'")
                .and("p.county_code = :scopeCounty", "scopeCounty", scope.countyCode())
                .and("p.initiative_id IN (" + PROGRAMME_INITIATIVES + ")", "scopeProgramme", scope.programmeId())
                .and("p.county_code = :county", "county", f.county())
                .and("EXTRACT(YEAR FROM p.accredited_on) = :year", "year", f.year())
                .search("p.title || ' ' || p.summary", f.q());
        return page("""
                SELECT p.id, p.accreditation_number, p.accredited_on, p.title, p.summary, p.county_code,
                       c.name AS county_name, s.id AS settlement_id, s.name AS settlement_name, p.initiative_id""", """
                FROM practice p JOIN county c ON c.code = p.county_code
                JOIN settlement s ON s.id = p.settlement_id""", where, "p.id", page, Practice.class);
    }

    /** A county token sees the programmes with an initiative in its county; a programme token its own. */
    public Page<Programme> programmes(ApiScope scope, Filter f, Pageable page) {
        Where where = new Where()
                .and("p.id IN (SELECT i.programme_id FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id"
                        + " WHERE s.county_code = :scopeCounty)", "scopeCounty", scope.countyCode())
                .and("p.id = :scopeProgramme", "scopeProgramme", scope.programmeId())
                .and("p.first_year <= :year AND (p.last_year IS NULL OR p.last_year >= :year)", "year", f.year())
                .search("p.name || ' ' || p.funder", f.q());
        return page("""
                SELECT p.id, p.name, p.funder, p.first_year, p.last_year,
                       (SELECT count(*) FROM initiative i WHERE i.programme_id = p.id) AS initiatives""",
                "FROM programme p", where, "p.id", page, Programme.class, false);
    }

    /**
     * Organisations of the token's county, or linked to an initiative of the token's programme; never the contact
     * person. Three statements: count, page, and the initiative links of the page.
     */
    public Page<Organisation> organisations(ApiScope scope, Filter f, Pageable page) {
        Page<Organisation> rows = page(ORGANISATION_COLUMNS, ORGANISATION_FROM, organisationScope(scope)
                .and("o.county_code = :county", "county", f.county())
                .and("o.kind = :kind", "kind", f.kind())
                .and("o.active = :active", "active", f.status() == null ? null : Boolean.valueOf(f.status()))
                .search("o.name", f.q()), "o.id", page, Organisation.class, false);
        return new PageImpl<>(withLinks(rows.getContent()), page, rows.getTotalElements());
    }

    /** One organisation within the token's scope (empty when outside it or unknown): two statements. */
    public Optional<Organisation> organisation(ApiScope scope, long id) {
        Where where = organisationScope(scope).and("o.id = :id", "id", id);
        return jdbc.sql(ORGANISATION_COLUMNS + " " + ORGANISATION_FROM + where.sql()).params(where.params())
                .query(RecordRows.of(Organisation.class)).optional()
                .map(o -> withLinks(List.of(o)).get(0));
    }

    private static final String ORGANISATION_COLUMNS = """
            SELECT o.id, o.name, o.kind, o.county_code, c.name AS county_name, o.seat_settlement_id,
                   s.name AS seat_settlement_name, o.founded_on, o.focus, o.active, o.founded_outcome_id,
                   NULL AS initiatives""";
    private static final String ORGANISATION_FROM = """
            FROM organisation o JOIN county c ON c.code = o.county_code
            JOIN settlement s ON s.id = o.seat_settlement_id""";

    private static Where organisationScope(ApiScope scope) {
        return new Where()
                .and("o.county_code = :scopeCounty", "scopeCounty", scope.countyCode())
                .and("o.id IN (SELECT l.organisation_id FROM organisation_initiative l WHERE l.initiative_id IN ("
                        + PROGRAMME_INITIATIVES + "))", "scopeProgramme", scope.programmeId());
    }

    private List<Organisation> withLinks(List<Organisation> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<InitiativeLink>> links = new HashMap<>();
        jdbc.sql("SELECT organisation_id, initiative_id, relation FROM organisation_initiative"
                + " WHERE organisation_id = ANY(?) ORDER BY organisation_id, initiative_id")
                .param(rows.stream().map(Organisation::id).toArray(Long[]::new))
                .query(rs -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new InitiativeLink(rs.getLong(2), rs.getString(3)));
                });
        return rows.stream().map(o -> new Organisation(o.id(), o.name(), o.kind(), o.countyCode(), o.countyName(),
                o.seatSettlementId(), o.seatSettlementName(), o.foundedOn(), o.focus(), o.active(),
                o.foundedOutcomeId(), links.getOrDefault(o.id(), List.of()))).toList();
    }

    private <R extends Record> Page<R> page(String select, String from, Where where, String id, Pageable page,
            Class<R> type) {
        return page(select, from, where, id, page, type, true);
    }

    /**
     * One page and the total. {@code versioned}: every table the count reads is a source of the data version
     * (V71), so the total is kept per query and parameters while the version is unchanged (an unfiltered count
     * over 200,000 events otherwise runs at every page).
     */
    private <R extends Record> Page<R> page(String select, String from, Where where, String id, Pageable page,
            Class<R> type, boolean versioned) {
        String count = "SELECT count(*) " + from + where.sql();
        Supplier<Long> total = () -> jdbc.sql(count).params(where.params()).query(Long.class).single();
        long totalRows = versioned ? dataVersion.kept("api-list-totals", List.of(count, where.params()), total)
                : total.get();
        List<R> rows = jdbc.sql(select + " " + from + where.sql() + " ORDER BY " + id + " LIMIT :limit OFFSET :offset")
                .params(where.params()).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(RecordRows.of(type)).list();
        return new PageImpl<>(rows, page, totalRows);
    }
}
