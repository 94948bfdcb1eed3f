package hu.kozossegi.portal.reporting.internal;

import static hu.kozossegi.portal.reporting.internal.Figures.GROUPING;
import static hu.kozossegi.portal.reporting.internal.Figures.KEY_COLUMNS;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Organisations and informal groups (DESIGN.md section 3), in the organisation's county: supported in the year and
 * founded in the year. One SQL statement; an organisation has one county, so it counts once in every row whichever
 * ways it was supported.
 */
@Component
class OrganisationFigures {

    /**
     * The organisations supported in :year (column {@code id}, distinct). Follows {@link InitiativeFigures#ACTIVE}.
     * Supported: linked (runs or was born from) to an initiative active in the year, or enrolled in a programme for
     * part of the year (enrolled on or before 31 December, not left before 1 January) while the programme runs (its
     * first year on or before the year, its last year, if set, not before). Not when founded after the year: it did
     * not exist yet.
     */
    static final String SUPPORTED = """
            supported AS (
                SELECT oi.organisation_id AS id FROM organisation_initiative oi JOIN act ON act.id = oi.initiative_id
                UNION
                SELECT e.organisation_id FROM capacity_enrolment e JOIN programme p ON p.id = e.programme_id
                WHERE e.enrolled_on <= :to AND (e.left_on IS NULL OR e.left_on >= :from)
                  AND p.first_year <= :year AND (p.last_year IS NULL OR p.last_year >= :year))
            """;

    /** The organisations of the figures: supported, or founded in the year; {@code s.id} is set for supported ones. */
    static final String COUNTED = """
             FROM organisation o LEFT JOIN supported s ON s.id = o.id AND (o.founded_on IS NULL OR o.founded_on <= :to)
             JOIN county c ON c.code = o.county_code
             WHERE (s.id IS NOT NULL OR o.founded_on BETWEEN :from AND :to)""";

    private final JdbcClient jdbc;

    OrganisationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addTo(Figures figures, ReportPeriod period) {
        jdbc.sql("WITH " + InitiativeFigures.ACTIVE + ", " + SUPPORTED + "SELECT " + KEY_COLUMNS + """
                , count(s.id) AS supported, count(*) FILTER (WHERE o.founded_on BETWEEN :from AND :to) AS founded
                """ + COUNTED + GROUPING)
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.ORGANISATIONS_SUPPORTED, "supported",
                            Indicator.ORGANISATIONS_FOUNDED, "founded"));
                    return n;
                }).list();
    }
}
