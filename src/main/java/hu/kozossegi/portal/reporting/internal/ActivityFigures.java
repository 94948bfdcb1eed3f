package hu.kozossegi.portal.reporting.internal;

import static hu.kozossegi.portal.reporting.internal.Figures.GROUPING;
import static hu.kozossegi.portal.reporting.internal.Figures.KEY_COLUMNS;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indicators of the support network: held events by kind, attendances (present rows) and distinct
 * participants, active community workers, exchange visits and their visiting participants. Events count for
 * their organising county; national events (no county) only in the national total. Four SQL statements, one of them run beside the others.
 */
@Component
class ActivityFigures {

    /** Held events starting in the report year (Hungarian time). */
    static final String HELD_IN_YEAR = " e.status = 'HELD' AND e.starts_at >= :fromTs AND e.starts_at < :toTs";

    private final JdbcClient jdbc;

    ActivityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Events, attendance and visits; the active workers are {@link #addWorkersTo} (run beside these). */
    void addTo(Figures figures, ReportPeriod period) {
        events(figures, period);
        attendance(figures, period);
        visits(figures, period);
    }

    private void events(Figures figures, ReportPeriod period) {
        jdbc.sql("SELECT " + KEY_COLUMNS + """
                , count(*) FILTER (WHERE e.kind = 'WORKSHOP') AS workshops,
                  count(*) FILTER (WHERE e.kind = 'TRAINING') AS trainings,
                  count(*) FILTER (WHERE e.kind = 'CONSULTATION') AS consultations,
                  count(*) FILTER (WHERE e.kind = 'CONFERENCE') AS conferences
                FROM activity_event e LEFT JOIN county c ON c.code = e.county_code
                WHERE """ + HELD_IN_YEAR + GROUPING)
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.WORKSHOPS_HELD, "workshops", Indicator.TRAININGS_HELD,
                            "trainings", Indicator.CONSULTATIONS_HELD, "consultations", Indicator.CONFERENCES_HELD,
                            "conferences"));
                    return n;
                }).list();
    }

    /**
     * Present attendances and distinct participants, read from the (year, county, worker) pairs that triggers keep
     * (V99, activity_presence_year) instead of the year's attendance rows.
     */
    private void attendance(Figures figures, ReportPeriod period) {
        jdbc.sql("SELECT " + KEY_COLUMNS + """
                , coalesce(sum(p.presences), 0) AS attendances, count(DISTINCT p.worker_id) AS participants
                FROM activity_presence_year p LEFT JOIN county c ON c.code = p.county_code
                WHERE p.year = :year""" + GROUPING)
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.ATTENDANCES, "attendances", Indicator.PARTICIPANTS,
                            "participants"));
                    return n;
                }).list();
    }

    /**
     * Workers linked to an initiative active in Y (lead or further worker) or present at an event held in Y,
     * each counted once per county row and once nationally however many ways they were active (the presences
     * from the pairs of V99): every link gives the worker a county, and a worker counts in every row their set of
     * counties meets ({@link Figures#LEVELS}). The volunteers are looked up in one hashed set, not worker by worker.
     */
    void addWorkersTo(Figures figures, ReportPeriod period) {
        jdbc.sql("WITH " + InitiativeFigures.ACTIVE + ", " + Figures.LEVELS + """
                , per_worker AS (
                    SELECT links.worker_id, bit_or(%s) AS counties
                    FROM (SELECT county_code, lead_worker_id AS worker_id FROM act WHERE lead_worker_id IS NOT NULL
                          UNION ALL
                          SELECT act.county_code, w.worker_id FROM act JOIN initiative_worker w ON w.initiative_id = act.id
                          UNION ALL
                          SELECT p.county_code, p.worker_id FROM activity_presence_year p WHERE p.year = :year) links
                    GROUP BY links.worker_id)
                , per_set AS (
                    SELECT p.counties, count(*) AS workers,
                           count(*) FILTER (WHERE p.worker_id IN (
                               SELECT v.id FROM community_worker v WHERE v.kind = 'VOLUNTEER')) AS volunteers
                    FROM per_worker p
                    GROUP BY p.counties)
                SELECT""".formatted(Figures.countyBit("links.county_code")) + Figures.LEVEL_COLUMNS + """
                , sum(s.workers) AS workers, sum(s.volunteers) AS volunteers
                FROM levels l JOIN per_set s ON s.counties & l.counties <> 0
                GROUP BY""" + Figures.LEVEL_COLUMNS)
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.ACTIVE_WORKERS, "workers", Indicator.VOLUNTEER_WORKERS,
                            "volunteers"));
                    return n;
                }).list();
    }

    /** Visits dated in Y, for the organising county; visitors = travelling workers plus other participants. */
    private void visits(Figures figures, ReportPeriod period) {
        jdbc.sql("SELECT " + KEY_COLUMNS + """
                , count(*) AS visits,
                  coalesce(sum(v.other_participants
                      + (SELECT count(*) FROM exchange_visit_worker w WHERE w.visit_id = v.id)), 0) AS visitors
                FROM exchange_visit v JOIN county c ON c.code = v.county_code
                WHERE v.status = 'HELD' AND v.visit_date BETWEEN :from AND :to""" + GROUPING)
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.VISITS_HELD, "visits", Indicator.VISITING_PARTICIPANTS,
                            "visitors"));
                    return n;
                }).list();
    }
}
