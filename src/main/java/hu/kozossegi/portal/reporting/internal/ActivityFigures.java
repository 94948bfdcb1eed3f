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
     * Present attendances and distinct participants, read from what triggers keep instead of the year's attendance
     * rows: the attendances summed per county from the (year, county, worker) pairs (V99, activity_presence_year)
     * and added up per row; the participants from each worker's set of counties attended in the year (V101,
     * activity_presence_worker_year), a participant counting in every row their set meets ({@link Figures#LEVELS}).
     */
    private void attendance(Figures figures, ReportPeriod period) {
        jdbc.sql("WITH " + Figures.LEVELS + """
                , per_county AS MATERIALIZED (
                    SELECT county_bit(p.county_code) AS bit, sum(p.presences) AS attendances
                    FROM activity_presence_year p WHERE p.year = :year GROUP BY p.county_code)
                , per_set AS MATERIALIZED (
                    SELECT s.counties, count(*) AS participants
                    FROM activity_presence_worker_year s WHERE s.year = :year GROUP BY s.counties)
                SELECT""" + Figures.LEVEL_COLUMNS + """
                , a.attendances, p.participants
                FROM levels l
                CROSS JOIN LATERAL (SELECT coalesce(sum(c.attendances), 0) AS attendances
                                    FROM per_county c WHERE c.bit & l.counties <> 0) a
                CROSS JOIN LATERAL (SELECT coalesce(sum(s.participants), 0) AS participants
                                    FROM per_set s WHERE s.counties & l.counties <> 0) p""")
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.ATTENDANCES, "attendances", Indicator.PARTICIPANTS,
                            "participants"));
                    return n;
                }).list();
    }

    /**
     * Workers linked to an initiative active in Y (lead or further worker) or present at an event held in Y,
     * each counted once per county row and once nationally however many ways they were active: every link to an
     * initiative gives the worker its county, their presences the set of counties kept in V101, and a worker counts
     * in every row their set of counties meets ({@link Figures#LEVELS}). The volunteers are looked up in one hashed
     * set, not worker by worker.
     */
    void addWorkersTo(Figures figures, ReportPeriod period) {
        jdbc.sql("WITH " + InitiativeFigures.ACTIVE + ", " + InitiativeFigures.INITIATIVE_WORKERS + ", "
                + Figures.LEVELS + """
                , per_worker AS (
                    SELECT links.worker_id, bit_or(links.counties) AS counties
                    FROM (SELECT county_bit(i.county_code) AS counties, i.worker_id FROM initiative_workers i
                          UNION ALL
                          SELECT s.counties, s.worker_id FROM activity_presence_worker_year s WHERE s.year = :year) links
                    GROUP BY links.worker_id)
                , per_set AS MATERIALIZED (
                    SELECT p.counties, count(*) AS workers,
                           count(*) FILTER (WHERE p.worker_id IN (
                               SELECT v.id FROM community_worker v WHERE v.kind = 'VOLUNTEER')) AS volunteers
                    FROM per_worker p
                    GROUP BY p.counties)
                SELECT""" + Figures.LEVEL_COLUMNS + """
                , w.workers, w.volunteers
                FROM levels l
                CROSS JOIN LATERAL (SELECT coalesce(sum(s.workers), 0) AS workers,
                                           coalesce(sum(s.volunteers), 0) AS volunteers
                                    FROM per_set s WHERE s.counties & l.counties <> 0) w""")
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
