package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.shared.web.Option;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** The module's reads in SQL: programmes, organisations to choose from, enrolments with their organisation. */
@Service
public class CapacityQueries {

    /** A programme and its period (the last year is the current one while the programme runs). */
    public record ProgrammeInfo(long id, String name, String funder, int firstYear, Integer lastYear,
            String description) {

        public LocalDate from() {
            return LocalDate.of(firstYear, 1, 1);
        }

        public LocalDate to() {
            return LocalDate.of(lastYear == null ? Math.max(firstYear, LocalDate.now().getYear()) : lastYear, 12, 31);
        }
    }

    /** One enrolment with its organisation, as lists and detail pages show it. */
    public record EnrolmentRow(long id, long programmeId, String programmeName, long organisationId,
            String organisationName, String kind, String countyCode, String countyName, String seat,
            LocalDate enrolledOn, LocalDate leftOn, String note, long version) {
    }

    /** An event the organisation took part in (a participant came with it, or a consultation served it). */
    public record EventRow(long id, String kind, String title, java.time.OffsetDateTime startsAt, String status,
            long participants) {
    }

    /** One score of an assessment of an enrolment. */
    public record ScoreRow(String stage, LocalDate assessedOn, String dimension, int score, String note) {
    }

    /** A milestone of an enrolment. */
    public record MilestoneRow(long id, String title, LocalDate dueOn, LocalDate doneOn) {
    }

    private static final String ENROLMENT = """
            SELECT e.id, e.programme_id, p.name AS programme_name, o.id AS organisation_id,
                   o.name AS organisation_name, o.kind, o.county_code, c.name AS county_name, s.name AS seat,
                   e.enrolled_on, e.left_on, e.note, e.version
            FROM capacity_enrolment e
            JOIN programme p ON p.id = e.programme_id
            JOIN organisation o ON o.id = e.organisation_id
            JOIN county c ON c.code = o.county_code
            JOIN settlement s ON s.id = o.seat_settlement_id
            """;

    private final JdbcClient jdbc;

    CapacityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProgrammeInfo programme(long id) {
        return jdbc.sql("SELECT id, name, funder, first_year, last_year, description FROM programme WHERE id = ?")
                .param(id).query(ProgrammeInfo.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public EnrolmentRow enrolment(long id) {
        return jdbc.sql(ENROLMENT + " WHERE e.id = ?").param(id).query(EnrolmentRow.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A page of the programme's enrolments, by county and organisation name, paged in SQL. */
    public org.springframework.data.domain.Page<EnrolmentRow> enrolments(long programmeId,
            org.springframework.data.domain.Pageable pageable) {
        long total = jdbc.sql("SELECT count(*) FROM capacity_enrolment WHERE programme_id = ?").param(programmeId)
                .query(Long.class).single();
        List<EnrolmentRow> rows = jdbc.sql(ENROLMENT + """
                 WHERE e.programme_id = :programme
                 ORDER BY c.name COLLATE "hu-HU-x-icu", o.name COLLATE "hu-HU-x-icu", e.id
                 LIMIT :limit OFFSET :offset""")
                .param("programme", programmeId).param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query(EnrolmentRow.class).list();
        return new org.springframework.data.domain.PageImpl<>(rows, pageable, total);
    }

    /** The county of an organisation, when it exists. */
    public Optional<String> countyOfOrganisation(long organisationId) {
        return jdbc.sql("SELECT county_code FROM organisation WHERE id = ?").param(organisationId)
                .query(String.class).optional();
    }

    /** Active organisations of a county (every county's for {@code null}) to choose from, by name. */
    public List<Option> organisationOptions(String countyCode) {
        return jdbc.sql("""
                SELECT o.id, o.name, s.name AS seat FROM organisation o JOIN settlement s ON s.id = o.seat_settlement_id
                WHERE o.active %s
                ORDER BY o.name COLLATE "hu-HU-x-icu", o.id LIMIT 2000""".formatted(
                        countyCode == null ? "" : "AND o.county_code = :county"))
                .param("county", countyCode)
                .query((rs, n) -> new Option(Long.toString(rs.getLong("id")),
                        rs.getString("name") + " (" + rs.getString("seat") + ")"))
                .list();
    }

    /**
     * Held or scheduled events the enrolled organisation took part in during its enrolment, newest first; found from
     * the organisation (the partial indexes on the organisation columns), not by testing every event.
     */
    public List<EventRow> events(long organisationId) {
        return jdbc.sql("""
                SELECT ev.id, ev.kind, ev.title, ev.starts_at, ev.status,
                       (SELECT count(*) FROM event_attendance a WHERE a.event_id = ev.id AND a.organisation_id = :org
                        AND a.presence = 'PRESENT') AS participants
                FROM activity_event ev
                WHERE ev.id IN (SELECT x.id FROM activity_event x WHERE x.organisation_id = :org
                                UNION
                                SELECT a.event_id FROM event_attendance a WHERE a.organisation_id = :org)
                ORDER BY ev.starts_at DESC, ev.id DESC LIMIT 200""")
                .param("org", organisationId).query(EventRow.class).list();
    }

    public List<ScoreRow> scores(long enrolmentId) {
        return jdbc.sql("""
                SELECT a.stage, a.assessed_on, s.dimension, s.score, s.note
                FROM capacity_assessment a JOIN capacity_assessment_score s ON s.assessment_id = a.id
                WHERE a.enrolment_id = ?""").param(enrolmentId).query(ScoreRow.class).list();
    }

    public List<MilestoneRow> milestones(long enrolmentId) {
        return jdbc.sql("""
                SELECT id, title, due_on, done_on FROM capacity_milestone WHERE enrolment_id = ?
                ORDER BY due_on, id""").param(enrolmentId).query(MilestoneRow.class).list();
    }
}
