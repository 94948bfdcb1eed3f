package hu.kozossegi.portal.capacity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.geography.CountyMap;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** The take-ups' reads in SQL: communities, practices, a take-up with its history, where a practice spread. */
@Service
public class TakeUpQueries {

    /** A good practice as a take-up names it. */
    public record PracticeInfo(long id, String title, String status) {

        public boolean accredited() {
            return "ACCREDITED".equals(status);
        }
    }

    /** A take-up with its practice and community, as its page and form show it. */
    public record TakeUpView(long id, PracticeInfo practice, Community community, TakeUpStage stage,
            LocalDate since, Long visitId, LocalDate visitDate, String note, long version, List<StageStep> history) {
    }

    /**
     * One community that took up a practice, for the practice page's list and map: the point on the map
     * ({@code x}, {@code y} on {@link CountyMap}'s drawing; null without coordinates).
     */
    public record SpreadRow(long id, String kind, long communityId, String communityName, String countyName,
            String settlementName, TakeUpStage stage, LocalDate since, Double x, Double y) {

        public String href() {
            return Community.Kind.valueOf(kind).path() + communityId;
        }
    }

    /** A take-up recorded from an exchange visit. */
    public record VisitTakeUp(long id, String practiceTitle, String communityName, TakeUpStage stage, LocalDate since) {
    }

    /** The exchange visit a take-up may follow from: its day, the host initiative and the visiting ones. */
    public record VisitInfo(long id, LocalDate visitDate, Long hostInitiativeId) {
    }

    static final String COMMUNITIES = """
            SELECT 'INITIATIVE' AS kind, i.id, i.title AS name, s.county_code, c.name AS county_name,
                   s.name AS settlement_name
            FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id JOIN county c ON c.code = s.county_code
            """;
    static final String ORGANISATIONS = """
            SELECT 'ORGANISATION' AS kind, o.id, o.name, o.county_code, c.name AS county_name,
                   s.name AS settlement_name
            FROM organisation o JOIN settlement s ON s.id = o.seat_settlement_id JOIN county c ON c.code = o.county_code
            """;

    private final JdbcClient jdbc;

    TakeUpQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Community> community(Community.Kind kind, long id) {
        String sql = kind == Community.Kind.INITIATIVE ? COMMUNITIES + " WHERE i.id = ?" : ORGANISATIONS + " WHERE o.id = ?";
        return jdbc.sql(sql).param(id).query(TakeUpQueries::community).optional();
    }

    private static Community community(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Community(Community.Kind.valueOf(rs.getString("kind")), rs.getLong("id"), rs.getString("name"),
                rs.getString("county_code").trim(), rs.getString("county_name"), rs.getString("settlement_name"));
    }

    /** Initiatives and organisations whose name contains {@code q}, of one county (all when null); at most 20. */
    public List<Community> search(String q, String county) {
        String initiativeWhere = " WHERE " + TextSearch.contains("i.title_key", ":q")
                + (county == null ? "" : " AND s.county_code = :county");
        String organisationWhere = " WHERE " + TextSearch.contains("search_key(o.name)", ":q")
                + (county == null ? "" : " AND o.county_code = :county");
        var spec = jdbc.sql("SELECT * FROM ((" + COMMUNITIES + initiativeWhere + " LIMIT 20) UNION ALL ("
                + ORGANISATIONS + organisationWhere + " LIMIT 20)) x ORDER BY name COLLATE \"hu-HU-x-icu\", kind, id LIMIT 20")
                .param("q", TextSearch.literal(q));
        if (county != null) {
            spec = spec.param("county", county);
        }
        return spec.query(TakeUpQueries::community).list();
    }

    public Optional<PracticeInfo> practice(long id) {
        return jdbc.sql("SELECT id, title, status FROM practice WHERE id = ?").param(id)
                .query(RecordRows.of(PracticeInfo.class)).optional();
    }

    public Optional<VisitInfo> visit(long id) {
        return jdbc.sql("SELECT id, visit_date, host_initiative_id FROM exchange_visit WHERE id = ?").param(id)
                .query(RecordRows.of(VisitInfo.class)).optional();
    }

    /** The take-up with its practice, community and history; 404 when there is none. */
    public TakeUpView view(TakeUp takeUp) {
        PracticeInfo practice = practice(takeUp.getPracticeId()).orElseThrow();
        Community community = community(takeUp.community().kind(), takeUp.community().id()).orElseThrow();
        LocalDate visitDate = takeUp.getVisitId() == null ? null
                : visit(takeUp.getVisitId()).map(VisitInfo::visitDate).orElse(null);
        return new TakeUpView(takeUp.getId(), practice, community, takeUp.getStage(), takeUp.getStageSince(),
                takeUp.getVisitId(), visitDate, takeUp.getNote(), takeUp.getVersion(), takeUp.getHistory());
    }

    /** Every community that took up the practice, by county, settlement and name. */
    public List<SpreadRow> spread(long practiceId) {
        return jdbc.sql("""
                SELECT t.id, CASE WHEN t.initiative_id IS NOT NULL THEN 'INITIATIVE' ELSE 'ORGANISATION' END AS kind,
                       coalesce(t.initiative_id, t.organisation_id) AS community_id,
                       coalesce(i.title, o.name) AS community_name, c.name AS county_name,
                       s.name AS settlement_name, t.stage, t.stage_since AS since, s.longitude, s.latitude
                FROM practice_takeup t
                LEFT JOIN initiative i ON i.id = t.initiative_id
                LEFT JOIN organisation o ON o.id = t.organisation_id
                JOIN settlement s ON s.id = coalesce(i.primary_settlement_id, o.seat_settlement_id)
                JOIN county c ON c.code = coalesce(o.county_code, s.county_code)
                WHERE t.practice_id = ?
                ORDER BY c.name COLLATE "hu-HU-x-icu", s.name COLLATE "hu-HU-x-icu",
                         coalesce(i.title, o.name) COLLATE "hu-HU-x-icu", t.id""").param(practiceId)
                .query((rs, n) -> {
                    BigDecimal lon = rs.getBigDecimal("longitude");
                    BigDecimal lat = rs.getBigDecimal("latitude");
                    return new SpreadRow(rs.getLong("id"), rs.getString("kind"), rs.getLong("community_id"),
                            rs.getString("community_name"), rs.getString("county_name"),
                            rs.getString("settlement_name"), TakeUpStage.valueOf(rs.getString("stage")),
                            rs.getObject("since", LocalDate.class),
                            lon == null || lat == null ? null : CountyMap.x(lon.doubleValue()),
                            lon == null || lat == null ? null : CountyMap.y(lat.doubleValue()));
                }).list();
    }

    /** The take-ups recorded from the visit. */
    public List<VisitTakeUp> ofVisit(long visitId) {
        return jdbc.sql("""
                SELECT t.id, p.title AS practice_title, coalesce(i.title, o.name) AS community_name, t.stage,
                       t.stage_since AS since
                FROM practice_takeup t JOIN practice p ON p.id = t.practice_id
                LEFT JOIN initiative i ON i.id = t.initiative_id LEFT JOIN organisation o ON o.id = t.organisation_id
                WHERE t.visit_id = ? ORDER BY t.id""").param(visitId).query(RecordRows.of(VisitTakeUp.class)).list();
    }

    /** The accredited practices of the visit's host initiative (what the visitors came to see). */
    public List<PracticeInfo> visitedPractices(long hostInitiativeId) {
        return jdbc.sql("""
                SELECT id, title, status FROM practice WHERE initiative_id = ? AND status = 'ACCREDITED'
                ORDER BY title COLLATE "hu-HU-x-icu", id LIMIT 10""").param(hostInitiativeId)
                .query(RecordRows.of(PracticeInfo.class)).list();
    }

    /** The visiting initiatives of the visit, as communities. */
    public List<Community> visitingCommunities(long visitId) {
        return jdbc.sql(COMMUNITIES + """
                WHERE i.id IN (SELECT initiative_id FROM exchange_visit_party WHERE visit_id = ?)
                ORDER BY i.title COLLATE "hu-HU-x-icu", i.id""").param(visitId).query(TakeUpQueries::community).list();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
