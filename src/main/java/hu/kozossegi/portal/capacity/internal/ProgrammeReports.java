package hu.kozossegi.portal.capacity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import hu.kozossegi.portal.capacity.internal.CapacityQueries.ProgrammeInfo;
import hu.kozossegi.portal.shared.db.DataVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link ProgrammeReport} in SQL (five statements whatever the programme's size). The programme's events
 * are found from the enrolled organisations (the partial indexes on the organisation columns of events and
 * attendance) and the period is a range on {@code starts_at} (the held-events index), so the cost follows the
 * programme's size, not the number of events in the database. The counting rules,
 * over the programme's period (1 January of its first year to 31 December of its last, Europe/Budapest):
 * <ul>
 * <li>organisations enrolled: enrolments in the programme, in the organisation's county;</li>
 * <li>programme events: HELD events in the period that served an enrolled organisation (a consultation naming
 * it) or where a participant present came with one; trainings held, their hours (as recorded on the event,
 * else its length), mentoring sessions (consultations);</li>
 * <li>participants: distinct community workers present at a programme training who came with an enrolled
 * organisation;</li>
 * <li>initiatives realised: initiatives an enrolled organisation runs or was born from, not planned, started
 * in the period; outcomes: outcomes achieved in the period by initiatives of enrolled organisations;</li>
 * <li>practices taken up: take-ups of an enrolled organisation or of an initiative of the programme that reached
 * implementing or running (a stage of their history) on a day in the period; each take-up once.</li>
 * </ul>
 */
@Service
public class ProgrammeReports {

    static final String ZONE = "Europe/Budapest";

    /** The common tables of the report and its lists; parameters {@code :p}, {@code :from}, {@code :to}. */
    static final String CTES = """
            WITH enrolled AS (
                SELECT e.id AS enrolment_id, e.organisation_id FROM capacity_enrolment e WHERE e.programme_id = :p),
            pevents AS (
                SELECT ev.id, ev.kind, ev.title, ev.starts_at,
                       coalesce(ev.training_hours, round(CAST(extract(epoch FROM ev.ends_at - ev.starts_at) / 3600
                           AS NUMERIC), 1)) AS hours
                FROM activity_event ev
                WHERE ev.status = 'HELD'
                  AND ev.starts_at >= CAST(CAST(:from AS DATE) AS TIMESTAMP) AT TIME ZONE 'Europe/Budapest'
                  AND ev.starts_at < CAST(CAST(:to AS DATE) + 1 AS TIMESTAMP) AT TIME ZONE 'Europe/Budapest'
                  AND ev.id IN (SELECT x.id FROM activity_event x
                                WHERE x.organisation_id IN (SELECT organisation_id FROM enrolled)
                                UNION
                                SELECT a.event_id FROM event_attendance a
                                WHERE a.presence = 'PRESENT'
                                  AND a.organisation_id IN (SELECT organisation_id FROM enrolled))),
            pinitiatives AS (
                SELECT i.id FROM initiative i
                WHERE i.status <> 'PLANNED' AND i.start_date BETWEEN :from AND :to
                  AND i.id IN (SELECT oi.initiative_id FROM organisation_initiative oi
                               WHERE oi.organisation_id IN (SELECT organisation_id FROM enrolled))),
            poutcomes AS (
                SELECT o.id FROM initiative_outcome o
                WHERE o.achieved_on BETWEEN :from AND :to
                  AND o.initiative_id IN (SELECT oi.initiative_id FROM organisation_initiative oi
                                          WHERE oi.organisation_id IN (SELECT organisation_id FROM enrolled))),
            ptakeups AS (
                SELECT t.id, t.practice_id, t.initiative_id, t.organisation_id,
                       (SELECT min(st.since) FROM practice_takeup_stage st WHERE st.takeup_id = t.id
                          AND st.stage IN ('IMPLEMENTING', 'RUNNING') AND st.since BETWEEN :from AND :to) AS reached_on
                FROM practice_takeup t
                WHERE (t.organisation_id IN (SELECT organisation_id FROM enrolled)
                       OR t.initiative_id IN (SELECT i.id FROM initiative i WHERE i.programme_id = :p))
                  AND EXISTS (SELECT 1 FROM practice_takeup_stage st WHERE st.takeup_id = t.id
                              AND st.stage IN ('IMPLEMENTING', 'RUNNING') AND st.since BETWEEN :from AND :to)),
            pparticipants AS (
                SELECT DISTINCT a.worker_id FROM event_attendance a JOIN pevents ev ON ev.id = a.event_id
                WHERE ev.kind = 'TRAINING' AND a.presence = 'PRESENT'
                  AND a.organisation_id IN (SELECT organisation_id FROM enrolled))
            """;

    private final JdbcClient jdbc;
    private final CapacityQueries queries;
    private final DataVersion dataVersion;

    ProgrammeReports(JdbcClient jdbc, CapacityQueries queries, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.dataVersion = dataVersion;
    }

    /**
     * The programme's report, kept while the data version is unchanged (every table it reads is a source of the
     * version: V71, V87, V97), so that a view costs one primary-key read and is never stale.
     */
    @Transactional(readOnly = true)
    public ProgrammeReport report(long programmeId) {
        return dataVersion.kept("programme-report", 64, programmeId, () -> compute(programmeId));
    }

    private ProgrammeReport compute(long programmeId) {
        ProgrammeInfo programme = queries.programme(programmeId);
        Map<String, Object> params = params(programme);
        Map<ProgrammeIndicator, Integer> programmeTargets = new EnumMap<>(ProgrammeIndicator.class);
        Map<String, Integer> countyTargets = new HashMap<>();
        jdbc.sql("SELECT indicator, county_code, target FROM programme_target WHERE programme_id = :p").params(params)
                .query((rs, n) -> {
                    if (rs.getString("county_code") == null) {
                        programmeTargets.put(ProgrammeIndicator.valueOf(rs.getString("indicator")), rs.getInt("target"));
                    } else {
                        countyTargets.put(rs.getString("county_code"), rs.getInt("target"));
                    }
                    return n;
                }).list();
        List<ProgrammeReport.Line> lines = new ArrayList<>(enrolledLines(params, countyTargets));
        Map<String, Object> totals = jdbc.sql(CTES + """
                SELECT (SELECT count(*) FROM pevents WHERE kind = 'TRAINING') AS trainings,
                       (SELECT coalesce(sum(hours), 0) FROM pevents WHERE kind = 'TRAINING') AS hours,
                       (SELECT count(*) FROM pparticipants) AS participants,
                       (SELECT count(*) FROM pevents WHERE kind = 'CONSULTATION') AS mentoring,
                       (SELECT count(*) FROM pinitiatives) AS initiatives,
                       (SELECT count(*) FROM poutcomes) AS outcomes,
                       (SELECT count(*) FROM ptakeups) AS takeups
                """).params(params).query().singleRow();
        line(lines, ProgrammeIndicator.TRAININGS_HELD, totals.get("trainings"), programmeTargets);
        line(lines, ProgrammeIndicator.TRAINING_HOURS, totals.get("hours"), programmeTargets);
        line(lines, ProgrammeIndicator.PARTICIPANTS, totals.get("participants"), programmeTargets);
        line(lines, ProgrammeIndicator.MENTORING_SESSIONS, totals.get("mentoring"), programmeTargets);
        line(lines, ProgrammeIndicator.INITIATIVES_REALISED, totals.get("initiatives"), programmeTargets);
        line(lines, ProgrammeIndicator.OUTCOMES, totals.get("outcomes"), programmeTargets);
        line(lines, ProgrammeIndicator.PRACTICES_TAKEN_UP, totals.get("takeups"), programmeTargets);
        Map<String, Object> assessed = jdbc.sql("""
                SELECT count(*) FILTER (WHERE a.stage = 'ENTRY') AS entry, count(*) FILTER (WHERE a.stage = 'EXIT') AS exit
                FROM capacity_assessment a JOIN capacity_enrolment e ON e.id = a.enrolment_id WHERE e.programme_id = :p
                """).params(params).query().singleRow();
        return new ProgrammeReport(programme, lines, capacity(params),
                ((Number) assessed.get("entry")).longValue(), ((Number) assessed.get("exit")).longValue(),
                milestones(params));
    }

    static Map<String, Object> params(ProgrammeInfo programme) {
        Map<String, Object> params = new HashMap<>();
        params.put("p", programme.id());
        params.put("from", programme.from());
        params.put("to", programme.to());
        return params;
    }

    private List<ProgrammeReport.Line> enrolledLines(Map<String, Object> params, Map<String, Integer> targets) {
        Map<String, long[]> actual = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.sql("""
                SELECT c.code, c.name, count(e.id) AS n
                FROM county c
                LEFT JOIN organisation o ON o.county_code = c.code
                LEFT JOIN capacity_enrolment e ON e.organisation_id = o.id AND e.programme_id = :p
                WHERE e.id IS NOT NULL
                   OR c.code IN (SELECT county_code FROM programme_target WHERE programme_id = :p AND county_code IS NOT NULL)
                GROUP BY c.code, c.name ORDER BY c.code""").params(params).query((rs, n) -> {
                    actual.put(rs.getString("code"), new long[] {rs.getLong("n")});
                    names.put(rs.getString("code"), rs.getString("name"));
                    return n;
                }).list();
        List<ProgrammeReport.Line> lines = new ArrayList<>();
        long total = 0;
        Integer targetTotal = targets.isEmpty() ? null : 0;
        for (var entry : actual.entrySet()) {
            Integer target = targets.get(entry.getKey());
            lines.add(new ProgrammeReport.Line(ProgrammeIndicator.ORGANISATIONS_ENROLLED, entry.getKey(),
                    names.get(entry.getKey()), false, BigDecimal.valueOf(entry.getValue()[0]), target));
            total += entry.getValue()[0];
            if (target != null) {
                targetTotal += target;
            }
        }
        lines.add(new ProgrammeReport.Line(ProgrammeIndicator.ORGANISATIONS_ENROLLED, null, null, true,
                BigDecimal.valueOf(total), targetTotal));
        return lines;
    }

    private static void line(List<ProgrammeReport.Line> lines, ProgrammeIndicator indicator, Object actual,
            Map<ProgrammeIndicator, Integer> targets) {
        BigDecimal value = actual instanceof BigDecimal big ? big.stripTrailingZeros()
                : BigDecimal.valueOf(((Number) actual).longValue());
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        lines.add(new ProgrammeReport.Line(indicator, null, null, true, value, targets.get(indicator)));
    }

    /**
     * Entry and exit score of each enrolment and dimension paired in one pass over the scores (an enrolment has one
     * assessment a stage, an assessment one score a dimension), not two joined scans of every score.
     */
    private List<ProgrammeReport.DimensionChange> capacity(Map<String, Object> params) {
        Map<String, ProgrammeReport.DimensionChange> byDimension = new HashMap<>();
        jdbc.sql("""
                SELECT dimension, count(*) AS assessed,
                       count(*) FILTER (WHERE ex > en) AS improved,
                       count(*) FILTER (WHERE ex = en) AS same,
                       count(*) FILTER (WHERE ex < en) AS worse,
                       round(avg(en), 2) AS avg_entry, round(avg(ex), 2) AS avg_exit,
                       round(avg(ex - en), 2) AS avg_change
                FROM (SELECT s.dimension, max(s.score) FILTER (WHERE a.stage = 'ENTRY') AS en,
                             max(s.score) FILTER (WHERE a.stage = 'EXIT') AS ex
                      FROM capacity_enrolment e
                      JOIN capacity_assessment a ON a.enrolment_id = e.id AND a.stage IN ('ENTRY', 'EXIT')
                      JOIN capacity_assessment_score s ON s.assessment_id = a.id
                      WHERE e.programme_id = :p
                      GROUP BY e.id, s.dimension) pair
                WHERE en IS NOT NULL AND ex IS NOT NULL
                GROUP BY dimension""").params(params).query((rs, n) -> byDimension.put(rs.getString("dimension"),
                new ProgrammeReport.DimensionChange(Dimension.valueOf(rs.getString("dimension")), rs.getLong("assessed"),
                        rs.getLong("improved"), rs.getLong("same"), rs.getLong("worse"), rs.getBigDecimal("avg_entry"),
                        rs.getBigDecimal("avg_exit"), rs.getBigDecimal("avg_change")))).list();
        List<ProgrammeReport.DimensionChange> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            rows.add(byDimension.getOrDefault(d.name(),
                    new ProgrammeReport.DimensionChange(d, 0, 0, 0, 0, null, null, null)));
        }
        return rows;
    }

    private ProgrammeReport.Milestones milestones(Map<String, Object> params) {
        return jdbc.sql("""
                SELECT count(*) AS total, count(m.done_on) AS done,
                       count(*) FILTER (WHERE m.done_on <= m.due_on) AS on_time,
                       count(*) FILTER (WHERE m.done_on IS NULL) AS open
                FROM capacity_milestone m JOIN capacity_enrolment e ON e.id = m.enrolment_id
                WHERE e.programme_id = :p""").params(params)
                .query((rs, n) -> new ProgrammeReport.Milestones(rs.getLong("total"), rs.getLong("done"),
                        rs.getLong("on_time"), rs.getLong("open"))).single();
    }

}
