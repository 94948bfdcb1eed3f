package hu.kozossegi.portal.reporting.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind the report figures that have no list of another module: settlements reached, active
 * community workers, outcomes achieved, organisations supported or founded. Each list is built from the same SQL as its figure (the CTEs of
 * {@link InitiativeFigures} and {@link ActivityFigures}), so that its count equals the figure; two statements
 * per page (count and page), paginated in SQL.
 */
@Service
public class ReportLists {

    /** Where the figure is counted: one county's row, a region's row, or the national row (both null). */
    public record Scope(int year, String county, Integer region) {
    }

    public record SettlementRow(long id, String name, String countyName, String type, boolean disadvantaged) {
    }

    public record WorkerRow(long id, String fullName, String countyName, String kind) {
    }

    public record OutcomeRow(long id, long initiativeId, String name, String type, LocalDate achievedOn,
            String initiativeTitle, String countyName) {
    }

    public record OrganisationRow(long id, String name, String kind, String countyName, LocalDate foundedOn) {
    }

    /** A condition of a filter not in use: left out of the SQL. */
    private static final String UNUSED = null;

    private final JdbcClient jdbc;

    ReportLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Settlements reached in the year; {@code type} and {@code disadvantaged} narrow to the "of which" figures. */
    @Transactional(readOnly = true)
    public Page<SettlementRow> settlements(Scope scope, String type, Boolean disadvantaged, Pageable pageable) {
        String hit = "WITH " + InitiativeFigures.ACTIVE + """
                , reach AS (
                    SELECT county_code, primary_settlement_id AS settlement_id FROM act
                    UNION
                    SELECT act.county_code, x.settlement_id FROM act JOIN initiative_settlement x ON x.initiative_id = act.id),
                hit AS (SELECT DISTINCT r.settlement_id FROM reach r JOIN county c ON c.code = r.county_code
                """ + where(scope(scope)) + ")\n";
        String from = """
                 FROM hit JOIN settlement s ON s.id = hit.settlement_id JOIN county sc ON sc.code = s.county_code
                """ + where(type == null ? UNUSED : "s.type = :type",
                        disadvantaged == null ? UNUSED : "s.disadvantaged = :disadvantaged");
        Map<String, Object> params = params(scope);
        params.put("type", type);
        params.put("disadvantaged", disadvantaged);
        return page(hit + "SELECT count(*) " + from, hit + """
                SELECT s.id, s.name, sc.name AS county_name, s.type, s.disadvantaged""" + " " + from
                + " ORDER BY s.name COLLATE \"hu-HU-x-icu\", s.id", params, pageable, SettlementRow.class);
    }

    /**
     * Community workers active in the year: linked to an initiative active in the year (its county's row) or present
     * at an event held in the year (the organising county's row); {@code onlyEvents} keeps the second kind only (the
     * "distinct participants" figure); {@code kind} narrows to volunteers.
     */
    @Transactional(readOnly = true)
    public Page<WorkerRow> workers(Scope scope, String kind, boolean onlyEvents, Pageable pageable) {
        String initiativeLinks = """
                    SELECT county_code, worker_id FROM initiative_workers
                    UNION ALL
                """;
        String hit = "WITH " + InitiativeFigures.ACTIVE + ", " + InitiativeFigures.INITIATIVE_WORKERS
                + ", links AS (\n" + (onlyEvents ? "" : initiativeLinks) + """
                    SELECT e.county_code, a.worker_id
                    FROM activity_event e JOIN event_attendance a ON a.event_id = e.id AND a.presence = 'PRESENT'
                    WHERE""" + " " + ActivityFigures.HELD_IN_YEAR + """

                ),
                hit AS (SELECT DISTINCT l.worker_id FROM links l LEFT JOIN county c ON c.code = l.county_code
                """ + where(scope(scope)) + ")\n";
        String from = """
                 FROM hit JOIN community_worker w ON w.id = hit.worker_id JOIN county wc ON wc.code = w.county_code
                """ + where(kind == null ? UNUSED : "w.kind = :kind");
        Map<String, Object> params = params(scope);
        params.put("kind", kind);
        return page(hit + "SELECT count(*) " + from, hit + """
                SELECT w.id, w.full_name, wc.name AS county_name, w.kind""" + " " + from
                + " ORDER BY w.full_name COLLATE \"hu-HU-x-icu\", w.id", params, pageable, WorkerRow.class);
    }

    /** Outcomes achieved in the year, for the county of their initiative; {@code type} narrows to one type. */
    @Transactional(readOnly = true)
    public Page<OutcomeRow> outcomes(Scope scope, String type, Pageable pageable) {
        String from = """
                 FROM initiative_outcome o
                 JOIN initiative i ON i.id = o.initiative_id
                 JOIN settlement s ON s.id = i.primary_settlement_id
                 JOIN county c ON c.code = s.county_code
                """ + where("o.achieved_on BETWEEN :from AND :to", type == null ? UNUSED : "o.type = :type",
                        scope(scope));
        Map<String, Object> params = params(scope);
        params.put("type", type);
        return page("SELECT count(*) " + from, """
                SELECT o.id, o.initiative_id, o.name, o.type, o.achieved_on, i.title AS initiative_title,
                       c.name AS county_name""" + " " + from + " ORDER BY o.achieved_on, o.id", params, pageable,
                OutcomeRow.class);
    }

    /**
     * Organisations and informal groups supported in the year ({@code founded} false) or founded in it (true), in
     * the organisation's county; the same SQL as {@link OrganisationFigures}.
     */
    @Transactional(readOnly = true)
    public Page<OrganisationRow> organisations(Scope scope, boolean founded, Pageable pageable) {
        String with = founded ? "" : "WITH " + InitiativeFigures.ACTIVE + ", " + OrganisationFigures.SUPPORTED;
        String from = (founded ? """
                 FROM organisation o JOIN county c ON c.code = o.county_code
                 WHERE o.founded_on BETWEEN :from AND :to""" : OrganisationFigures.COUNTED + " AND s.id IS NOT NULL")
                + and(scope(scope));
        return page(with + "SELECT count(*) " + from, with + """
                SELECT o.id, o.name, o.kind, c.name AS county_name, o.founded_on""" + " " + from
                + " ORDER BY o.name COLLATE \"hu-HU-x-icu\", o.id", params(scope), pageable, OrganisationRow.class);
    }

    private <T extends Record> Page<T> page(String count, String select, Map<String, Object> params, Pageable pageable,
            Class<T> type) {
        long total = jdbc.sql(count).params(params).query(Long.class).single();
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<T> rows = jdbc.sql(select + " LIMIT :limit OFFSET :offset").params(params)
                .query(RecordRows.of(type)).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The conditions of the row's scope in use (docs/architecture.md "Lists": only the filter conditions in use go
     * into the SQL): the county, the region, or none for the national row.
     */
    private static String scope(Scope scope) {
        return join(scope.county() == null ? UNUSED : "c.code = :county",
                scope.region() == null ? UNUSED : "c.region_id = :region");
    }

    /** {@code WHERE} with the conditions in use (nulls left out), or nothing; padded with spaces. */
    private static String where(String... conditions) {
        String used = join(conditions);
        return used.isEmpty() ? " " : " WHERE " + used + " ";
    }

    /** {@code AND} with the conditions in use (nulls left out), or nothing; padded with spaces. */
    private static String and(String... conditions) {
        String used = join(conditions);
        return used.isEmpty() ? " " : " AND " + used + " ";
    }

    private static String join(String... conditions) {
        return Arrays.stream(conditions).filter(c -> c != null && !c.isEmpty()).collect(Collectors.joining(" AND "));
    }

    private static Map<String, Object> params(Scope scope) {
        Map<String, Object> params = new HashMap<>(new ReportPeriod(scope.year()).params());
        params.put("county", scope.county());
        params.put("region", scope.region());
        return params;
    }
}
