package hu.kozossegi.portal.capacity.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.capacity.internal.CapacityQueries.ProgrammeInfo;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists behind the programme report's figures, with the same rules ({@link ProgrammeReports#CTES}): the row
 * count of a list (for training hours, the sum it shows) is the figure that links to it. Paged in SQL.
 */
@Service
public class ProgrammeLists {

    /** One row: a link, a name and up to three stored values (dates, numbers, text) the list's columns show. */
    public record Row(String href, String name, Object first, Object second, Object third) {
    }

    /**
     * A page of a list and the sum of its amount over all its rows (training hours, which may have a half: the
     * decimal counterpart of {@code shared.db.SummedPage}), read in the same statement as the count.
     */
    public record ListPage(Page<Row> page, BigDecimal sum) {
    }

    /** A list's filter: the county (organisations enrolled), the dimension and change, the milestone state. */
    public record Filter(String county, Dimension dimension, String change, String state, Stage stage) {
    }

    private final JdbcClient jdbc;
    private final CapacityQueries queries;

    ProgrammeLists(JdbcClient jdbc, CapacityQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** The figure names of the report that have a list. */
    public static final List<String> FIGURES = List.of("enrolled", "trainings", "participants", "mentoring",
            "initiatives", "outcomes", "takeups", "capacity", "milestones");

    @Transactional(readOnly = true)
    public ListPage list(long programmeId, String figure, Filter filter, Pageable pageable) {
        ProgrammeInfo programme = queries.programme(programmeId);
        Map<String, Object> params = ProgrammeReports.params(programme);
        params.put("county", filter.county());
        params.put("dimension", filter.dimension() == null ? null : filter.dimension().name());
        params.put("change", filter.change());
        params.put("state", filter.state());
        params.put("stage", filter.stage() == null ? null : filter.stage().name());
        String base = ProgrammeReports.CTES + switch (figure) {
            case "enrolled" -> """
                    SELECT '/enrolments/' || e.id AS href, o.name, c.name AS first, e.enrolled_on AS second,
                           e.left_on AS third, CAST(NULL AS NUMERIC) AS amount, o.name AS sort_name, e.id AS sort_id
                    FROM capacity_enrolment e JOIN organisation o ON o.id = e.organisation_id
                    JOIN county c ON c.code = o.county_code
                    WHERE e.programme_id = :p
                    """ + (params.get("county") == null ? "" : " AND o.county_code = :county\n")
                    + (params.get("stage") == null ? "" : """
                       AND EXISTS (SELECT 1 FROM capacity_assessment a WHERE a.enrolment_id = e.id AND a.stage = :stage)
                    """);
            case "trainings", "mentoring" -> """
                    SELECT '/events/' || ev.id AS href, ev.title AS name,
                           CAST(ev.starts_at AT TIME ZONE 'Europe/Budapest' AS DATE) AS first,
                           ev.hours AS second, CAST(NULL AS TEXT) AS third, ev.hours AS amount,
                           to_char(ev.starts_at, 'YYYYMMDDHH24MI') AS sort_name, ev.id AS sort_id
                    FROM pevents ev WHERE ev.kind = :kind
                    """;
            case "participants" -> """
                    SELECT '/workers/' || w.id AS href, w.full_name AS name, c.name AS first,
                           CAST(NULL AS TEXT) AS second, CAST(NULL AS TEXT) AS third, CAST(NULL AS NUMERIC) AS amount,
                           w.full_name AS sort_name, w.id AS sort_id
                    FROM pparticipants p JOIN community_worker w ON w.id = p.worker_id
                    LEFT JOIN county c ON c.code = w.county_code
                    """;
            case "initiatives" -> """
                    SELECT '/initiatives/' || i.id AS href, i.title AS name, s.name AS first, i.start_date AS second,
                           CAST(NULL AS TEXT) AS third, CAST(NULL AS NUMERIC) AS amount, i.title AS sort_name,
                           i.id AS sort_id
                    FROM pinitiatives p JOIN initiative i ON i.id = p.id
                    JOIN settlement s ON s.id = i.primary_settlement_id
                    """;
            case "outcomes" -> """
                    SELECT '/initiatives/' || i.id AS href, o.name, i.title AS first, o.achieved_on AS second,
                           CAST(NULL AS TEXT) AS third, CAST(NULL AS NUMERIC) AS amount, o.name AS sort_name,
                           o.id AS sort_id
                    FROM poutcomes p JOIN initiative_outcome o ON o.id = p.id JOIN initiative i ON i.id = o.initiative_id
                    """;
            case "takeups" -> """
                    SELECT '/take-ups/' || t.id AS href, coalesce(i.title, o.name) AS name, pr.title AS first,
                           t.reached_on AS second, CAST(NULL AS TEXT) AS third, CAST(NULL AS NUMERIC) AS amount,
                           coalesce(i.title, o.name) AS sort_name, t.id AS sort_id
                    FROM ptakeups t JOIN practice pr ON pr.id = t.practice_id
                    LEFT JOIN initiative i ON i.id = t.initiative_id LEFT JOIN organisation o ON o.id = t.organisation_id
                    """;
            case "capacity" -> """
                    SELECT '/enrolments/' || e.id AS href, org.name, en.score AS first, ex.score AS second,
                           ex.score - en.score AS third, CAST(NULL AS NUMERIC) AS amount, org.name AS sort_name,
                           e.id AS sort_id
                    FROM capacity_enrolment e JOIN organisation org ON org.id = e.organisation_id
                    JOIN capacity_assessment ae ON ae.enrolment_id = e.id AND ae.stage = 'ENTRY'
                    JOIN capacity_assessment_score en ON en.assessment_id = ae.id AND en.dimension = :dimension
                    JOIN capacity_assessment ax ON ax.enrolment_id = e.id AND ax.stage = 'EXIT'
                    JOIN capacity_assessment_score ex ON ex.assessment_id = ax.id AND ex.dimension = en.dimension
                    WHERE e.programme_id = :p
                      AND (CAST(:change AS VARCHAR) IS NULL
                           OR (:change = 'improved' AND ex.score > en.score)
                           OR (:change = 'same' AND ex.score = en.score)
                           OR (:change = 'worse' AND ex.score < en.score))
                    """;
            case "milestones" -> """
                    SELECT '/enrolments/' || e.id AS href, m.title AS name, org.name AS first, m.due_on AS second,
                           m.done_on AS third, CAST(NULL AS NUMERIC) AS amount,
                           to_char(m.due_on, 'YYYYMMDD') AS sort_name, m.id AS sort_id
                    FROM capacity_milestone m JOIN capacity_enrolment e ON e.id = m.enrolment_id
                    JOIN organisation org ON org.id = e.organisation_id
                    WHERE e.programme_id = :p
                      AND (CAST(:state AS VARCHAR) IS NULL
                           OR (:state = 'done' AND m.done_on IS NOT NULL)
                           OR (:state = 'onTime' AND m.done_on <= m.due_on)
                           OR (:state = 'open' AND m.done_on IS NULL))
                    """;
            default -> throw new IllegalArgumentException(figure);
        };
        params.put("kind", "mentoring".equals(figure) ? "CONSULTATION" : "TRAINING");
        Map<String, Object> counted = jdbc.sql("SELECT count(*) AS n, coalesce(sum(amount), 0) AS s FROM (" + base
                + ") x").params(params).query().singleRow();
        long total = ((Number) counted.get("n")).longValue();
        BigDecimal sum = (BigDecimal) counted.get("s");
        int size = pageable.getPageSize();
        long lastPage = Math.max(0, (total - 1) / size);
        long page = Math.min(pageable.getPageNumber(), lastPage);
        params.put("limit", size);
        params.put("offset", page * size);
        List<Row> rows = jdbc.sql("SELECT href, name, first, second, third FROM (" + base
                + ") x ORDER BY sort_name COLLATE \"hu-HU-x-icu\", sort_id LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> new Row(rs.getString("href"), rs.getString("name"),
                        rs.getObject("first"), rs.getObject("second"), rs.getObject("third"))).list();
        return new ListPage(new PageImpl<>(rows, PageRequest.of((int) page, size), total), sum);
    }
}
