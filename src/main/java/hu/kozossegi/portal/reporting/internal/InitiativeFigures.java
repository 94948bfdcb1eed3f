package hu.kozossegi.portal.reporting.internal;

import static hu.kozossegi.portal.reporting.internal.Figures.GROUPING;
import static hu.kozossegi.portal.reporting.internal.Figures.KEY_COLUMNS;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicators of initiatives (DESIGN.md section 3): active and new initiatives, settlements reached (of which
 * housing estates, disadvantaged, Budapest districts), resident participants, outcomes by type. An initiative
 * counts for the county of its primary settlement. Two SQL statements.
 */
@Component
class InitiativeFigures {

    /** Initiatives active in :year, with their county; "active" is the database function of the initiatives module. */
    static final String ACTIVE = """
            act AS (
                SELECT i.id, i.primary_settlement_id, i.lead_worker_id, i.start_date, i.resident_participants,
                       s.county_code
                FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
                WHERE initiative_active_in(i.start_date, i.end_date, i.status, :year))
            """;

    /**
     * The settlements reached in :year with the county they count for (the initiative's): the primary and the
     * further settlements of the active initiatives, once per initiative that reaches them (readers count them
     * distinct). Follows {@link #ACTIVE}.
     */
    static final String REACH = """
            reach AS (
                SELECT county_code, primary_settlement_id AS settlement_id FROM act
                UNION ALL
                SELECT act.county_code, x.settlement_id FROM act JOIN initiative_settlement x ON x.initiative_id = act.id)
            """;

    /**
     * The community workers of the active initiatives with the county they count for (the initiative's): the lead
     * and the further workers, once per initiative (readers count them distinct). Follows {@link #ACTIVE}.
     */
    static final String INITIATIVE_WORKERS = """
            initiative_workers AS (
                SELECT county_code, lead_worker_id AS worker_id FROM act WHERE lead_worker_id IS NOT NULL
                UNION ALL
                SELECT act.county_code, w.worker_id FROM act JOIN initiative_worker w ON w.initiative_id = act.id)
            """;

    private final JdbcClient jdbc;

    InitiativeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addTo(Figures figures, ReportPeriod period) {
        initiativesAndSettlements(figures, period);
        outcomes(figures, period);
    }

    /**
     * Active and new initiatives and their residents, summed per county and added up per row (an initiative counts
     * for one county); settlements reached, each counted once per row with the set of counties of the active
     * initiatives that reached it ({@link Figures#LEVELS}; {@link #REACH}). One statement, so that the active
     * initiatives are found once.
     */
    private void initiativesAndSettlements(Figures figures, ReportPeriod period) {
        // New in Y = active in Y and started in Y (a PLANNED initiative has not started, whatever its date).
        jdbc.sql("WITH " + ACTIVE + ", " + REACH + ", " + Figures.LEVELS + """
                , per_county AS MATERIALIZED (
                    SELECT county_bit(act.county_code) AS bit, count(*) AS active,
                           count(*) FILTER (WHERE act.start_date >= :from) AS started,
                           coalesce(sum(act.resident_participants), 0) AS residents
                    FROM act GROUP BY act.county_code)
                , per_settlement AS (
                    SELECT r.settlement_id, bit_or(county_bit(r.county_code)) AS counties
                    FROM reach r GROUP BY r.settlement_id)
                , per_set AS MATERIALIZED (
                    SELECT p.counties, count(*) AS reached,
                           count(*) FILTER (WHERE s.type = 'HOUSING_ESTATE') AS estates,
                           count(*) FILTER (WHERE s.disadvantaged) AS disadvantaged,
                           count(*) FILTER (WHERE s.type = 'BUDAPEST_DISTRICT') AS districts
                    FROM per_settlement p JOIN settlement s ON s.id = p.settlement_id
                    GROUP BY p.counties)
                SELECT""" + Figures.LEVEL_COLUMNS + """
                , i.active, i.started, i.residents, r.reached, r.estates, r.disadvantaged, r.districts
                FROM levels l
                CROSS JOIN LATERAL (
                    SELECT coalesce(sum(c.active), 0) AS active, coalesce(sum(c.started), 0) AS started,
                           coalesce(sum(c.residents), 0) AS residents
                    FROM per_county c WHERE c.bit & l.counties <> 0) i
                CROSS JOIN LATERAL (
                    SELECT coalesce(sum(s.reached), 0) AS reached, coalesce(sum(s.estates), 0) AS estates,
                           coalesce(sum(s.disadvantaged), 0) AS disadvantaged,
                           coalesce(sum(s.districts), 0) AS districts
                    FROM per_set s WHERE s.counties & l.counties <> 0) r""")
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.ACTIVE_INITIATIVES, "active",
                            Indicator.NEW_INITIATIVES, "started", Indicator.RESIDENT_PARTICIPANTS, "residents"));
                    figures.read(rs, Map.of(Indicator.SETTLEMENTS_REACHED, "reached", Indicator.HOUSING_ESTATES,
                            "estates", Indicator.DISADVANTAGED_SETTLEMENTS, "disadvantaged",
                            Indicator.BUDAPEST_DISTRICTS, "districts"));
                    return n;
                }).list();
    }

    private void outcomes(Figures figures, ReportPeriod period) {
        Map<Indicator, String> columns = new LinkedHashMap<>();
        StringBuilder select = new StringBuilder();
        for (String type : new String[] {"CLUB", "SELF_HELP_GROUP", "VOLUNTEER_ACTIVITY", "NEIGHBOURHOOD_PROGRAMME",
                "CIVIL_ORGANISATION", "OTHER"}) {
            select.append(", count(*) FILTER (WHERE o.type = '").append(type).append("') AS o_").append(type);
            columns.put(Indicator.valueOf("OUTCOMES_" + type), "o_" + type);
        }
        columns.put(Indicator.OUTCOMES_TOTAL, "o_total");
        jdbc.sql("SELECT " + KEY_COLUMNS + select + """
                , count(*) AS o_total
                FROM initiative_outcome o
                JOIN initiative i ON i.id = o.initiative_id
                JOIN settlement s ON s.id = i.primary_settlement_id
                JOIN county c ON c.code = s.county_code
                WHERE o.achieved_on BETWEEN :from AND :to""" + GROUPING)
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, columns);
                    return n;
                }).list();
    }
}
