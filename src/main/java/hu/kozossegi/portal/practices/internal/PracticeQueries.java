package hu.kozossegi.portal.practices.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.Where;
import hu.kozossegi.portal.shared.web.FilterParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only lists of practices, paginated in SQL with a deterministic order (ties broken by id). */
@Repository
public class PracticeQueries {

    /** A row of the public catalogue: no personal data at all. */
    public record CatalogueRow(long id, String title, String summary, String countyName, String settlementName,
            SettlementType settlementType, LocalDate accreditedOn, String accreditationNumber) {
    }

    /**
     * Catalogue filters; null or blank means "any". {@code accreditedYear}: accredited in that year (as the annual
     * report counts them); {@code region}: the practice's county is in that region.
     */
    public record CatalogueFilter(String q, String theme, String county, Integer region, SettlementType settlementType,
            Integer accreditedYear) {
    }

    /** A row of the review queue or of a county's list of proposals. */
    public record WorkRow(long id, String title, String countyName, String settlementName, PracticeStatus status,
            Instant updatedAt, String proposedBy) {

        public java.time.LocalDateTime updatedLocal() {
            return java.time.LocalDateTime.ofInstant(updatedAt, java.time.ZoneId.of("Europe/Budapest"));
        }
    }

    private static final String CATALOGUE_FROM = """
            FROM practice p JOIN settlement s ON s.id = p.settlement_id JOIN county c ON c.code = p.county_code
            """;

    /** The catalogue's conditions: only those of the filters in use go into the SQL. */
    private static Where catalogueWhere(CatalogueFilter f) {
        return new Where().and("p.status = 'ACCREDITED'")
                .search("p.title || ' ' || p.summary || ' ' || p.method", f.q())
                .and("p.county_code = :county", "county", FilterParams.blankToNull(f.county()))
                .and("s.type = :type", "type", f.settlementType() == null ? null : f.settlementType().name())
                .and("c.region_id = :region", "region", f.region())
                .and("p.accredited_on BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)", "year",
                        f.accreditedYear())
                .and("EXISTS (SELECT 1 FROM practice_theme t WHERE t.practice_id = p.id AND t.theme_code = :theme)",
                        "theme", FilterParams.blankToNull(f.theme()));
    }

    private final JdbcClient jdbc;

    PracticeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<CatalogueRow> catalogue(CatalogueFilter filter, Pageable pageable) {
        Where where = catalogueWhere(filter);
        long total = jdbc.sql("SELECT count(*) " + CATALOGUE_FROM + where.sql()).params(where.params())
                .query(Long.class).single();
        List<CatalogueRow> rows = jdbc.sql("""
                SELECT p.id, p.title, p.summary, c.name AS county_name, s.name AS settlement_name,
                       s.type AS settlement_type, p.accredited_on, p.accreditation_number
                """ + CATALOGUE_FROM + where.sql()
                + " ORDER BY p.accredited_on DESC, p.id DESC LIMIT :limit OFFSET :offset").params(where.params())
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(RecordRows.of(CatalogueRow.class)).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The latest accredited practices, newest first. */
    public List<CatalogueRow> latestAccredited(int limit) {
        return catalogue(new CatalogueFilter(null, null, null, null, null, null), Pageable.ofSize(limit)).getContent();
    }

    /** Practices in the given states (all counties, or one), oldest change first: the review queue's order. */
    public Page<WorkRow> work(List<PracticeStatus> statuses, String countyCode, Pageable pageable) {
        String where = """
                FROM practice p JOIN settlement s ON s.id = p.settlement_id JOIN county c ON c.code = p.county_code
                WHERE p.status = ANY(:statuses)
                """ + (countyCode == null ? "" : " AND p.county_code = :county ");
        String[] names = statuses.stream().map(Enum::name).toArray(String[]::new);
        long total = jdbc.sql("SELECT count(*) " + where).param("statuses", names).param("county", countyCode)
                .query(Long.class).single();
        List<WorkRow> rows = jdbc.sql("""
                SELECT p.id, p.title, c.name AS county_name, s.name AS settlement_name, p.status, p.updated_at,
                       p.proposed_by
                """ + where + " ORDER BY p.updated_at, p.id LIMIT :limit OFFSET :offset")
                .param("statuses", names).param("county", countyCode)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(RecordRows.of(WorkRow.class)).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * The next free accreditation number of {@code year} in the office's format "RP-2026/007": one more than the
     * highest number of that year given so far (numbers in other formats are ignored).
     */
    public String nextAccreditationNumber(int year) {
        int highest = jdbc.sql("""
                SELECT coalesce(max(substring(accreditation_number FROM '^RP-[0-9]{4}/([0-9]{1,6})$')::int), 0)
                FROM practice WHERE accreditation_number LIKE 'RP-' || :y || '/%'""")
                .param("y", String.valueOf(year)).query(Integer.class).single();
        return String.format("RP-%d/%03d", year, highest + 1);
    }

    /** Practices accredited in {@code year} (by accreditation date), nationally. */
    public long accreditedIn(int year) {
        return jdbc.sql("""
                SELECT count(*) FROM practice
                WHERE status = 'ACCREDITED' AND accredited_on BETWEEN make_date(:y, 1, 1) AND make_date(:y, 12, 31)
                """).param("y", year).query(Long.class).single();
    }

    /** An exchange visit hosted by the practice's initiative: others came to learn it. No personal data. */
    public record LearningVisit(long id, LocalDate visitDate, String visitors) {
    }

    /** Held exchange visits hosted by {@code initiativeId}, newest first (at most 20). */
    public List<LearningVisit> learningVisits(long initiativeId) {
        return jdbc.sql("""
                SELECT v.id, v.visit_date,
                       string_agg(DISTINCT COALESCE(s.name, si.name), ', ') AS visitors
                FROM exchange_visit v
                LEFT JOIN exchange_visit_party p ON p.visit_id = v.id
                LEFT JOIN settlement s ON s.id = p.settlement_id
                LEFT JOIN initiative i ON i.id = p.initiative_id
                LEFT JOIN settlement si ON si.id = i.primary_settlement_id
                WHERE v.host_initiative_id = ? AND v.status = 'HELD'
                GROUP BY v.id, v.visit_date
                ORDER BY v.visit_date DESC, v.id DESC LIMIT 20""").param(initiativeId)
                .query(RecordRows.of(LearningVisit.class)).list();
    }
}
