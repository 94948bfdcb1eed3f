package hu.kozossegi.portal.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records behind a county's figures for a year: settlements reached, initiatives active with the outcomes
 * achieved that year, held events and exchange visits. Five SQL statements, each list capped at {@link #LIMIT}; kept
 * at the data version (all of them read data-version source tables only), so a view while nothing changed reads one
 * row instead of about 60 ms of statements at stress scale. The county page shows the first {@link #LIMIT} of each
 * list and links to the full, filtered list (one more row is read to tell that there are more).
 */
@Component
public class CountyDetails {

    public static final int LIMIT = 50;

    public record Settlement(long id, String name, String type, boolean disadvantaged) { }

    public record Initiative(long id, String title, String settlement, String status, LocalDate startDate,
            LocalDate endDate, List<Outcome> outcomes) { }

    public record Outcome(String type, String name) { }

    public record Event(long id, LocalDate date, String kind, String title, long attendances) { }

    public record Visit(long id, LocalDate date, String host, String hostCounty, long visitors) { }

    public record Details(List<Settlement> settlements, List<Initiative> initiatives, List<Event> events,
            List<Visit> visits) { }

    /** Kept details of county-years (up to 51 rows a list: some tens of kilobytes each at most). */
    private static final int KEPT = 32;

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    CountyDetails(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    public Details of(String county, int year) {
        return dataVersion.kept("report-county-details", KEPT, List.of(county, year), () -> read(county, year));
    }

    private Details read(String county, int year) {
        Map<String, Object> params = new LinkedHashMap<>(new ReportPeriod(year).params());
        params.put("county", county);
        params.put("limit", LIMIT + 1);
        List<Settlement> settlements = jdbc.sql("WITH " + InitiativeFigures.ACTIVE + """
                , reach AS (
                    SELECT primary_settlement_id AS settlement_id FROM act WHERE county_code = :county
                    UNION
                    SELECT x.settlement_id FROM act JOIN initiative_settlement x ON x.initiative_id = act.id
                    WHERE act.county_code = :county)
                SELECT s.id, s.name, s.type, s.disadvantaged FROM reach r JOIN settlement s ON s.id = r.settlement_id
                ORDER BY settlement_sort_name(s.name) COLLATE "hu-HU-x-icu", s.id LIMIT :limit""")
                .params(params).query(RecordRows.of(Settlement.class)).list();
        List<Initiative> initiatives = new ArrayList<>(jdbc.sql("""
                SELECT i.id, i.title, s.name AS settlement, i.status, i.start_date, i.end_date
                FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
                WHERE s.county_code = :county AND initiative_active_in(i.start_date, i.end_date, i.status, :year)
                ORDER BY i.title COLLATE "hu-HU-x-icu", i.id LIMIT :limit""")
                .params(params)
                .query((rs, n) -> new Initiative(rs.getLong("id"), rs.getString("title"), rs.getString("settlement"),
                        rs.getString("status"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), new ArrayList<>()))
                .list());
        Map<Long, Initiative> byId = new LinkedHashMap<>();
        initiatives.forEach(i -> byId.put(i.id(), i));
        if (!byId.isEmpty()) {
            jdbc.sql("""
                    SELECT o.initiative_id, o.type, o.name FROM initiative_outcome o
                    WHERE o.initiative_id IN (:ids) AND o.achieved_on BETWEEN :from AND :to
                    ORDER BY o.achieved_on, o.id""")
                    .param("ids", byId.keySet()).params(Map.of("from", params.get("from"), "to", params.get("to")))
                    .query((rs, n) -> byId.get(rs.getLong("initiative_id")).outcomes()
                            .add(new Outcome(rs.getString("type"), rs.getString("name"))))
                    .list();
        }
        List<Event> events = jdbc.sql("""
                SELECT e.id, (e.starts_at AT TIME ZONE 'Europe/Budapest')::date AS date, e.kind, e.title,
                       e.present_count AS attendances
                FROM activity_event e
                WHERE e.county_code = :county AND e.status = 'HELD' AND e.starts_at >= :fromTs AND e.starts_at < :toTs
                ORDER BY e.starts_at, e.id LIMIT :limit""")
                .params(params).query(RecordRows.of(Event.class)).list();
        List<Visit> visits = jdbc.sql("""
                SELECT v.id, v.visit_date AS date, s.name AS host, c.name AS host_county,
                       v.other_participants + (SELECT count(*) FROM exchange_visit_worker w WHERE w.visit_id = v.id)
                           AS visitors
                FROM exchange_visit v JOIN settlement s ON s.id = v.host_settlement_id JOIN county c ON c.code = s.county_code
                WHERE v.county_code = :county AND v.status = 'HELD' AND v.visit_date BETWEEN :from AND :to
                ORDER BY v.visit_date, v.id LIMIT :limit""")
                .params(params).query(RecordRows.of(Visit.class)).list();
        // Kept and shared by every request: nothing of it changes after this.
        List<Initiative> done = initiatives.stream().map(i -> new Initiative(i.id(), i.title(), i.settlement(),
                i.status(), i.startDate(), i.endDate(), List.copyOf(i.outcomes()))).toList();
        return new Details(List.copyOf(settlements), done, List.copyOf(events), List.copyOf(visits));
    }
}
