package hu.kozossegi.portal.activities;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo profile's way for another module's demo story to add held events and their attendance (the capacity
 * programme's trainings and mentoring) and held exchange visits (the exchange programme): the rows are written here, by the module that owns them, inside the
 * caller's transaction. Only in the demo profile.
 */
@Component
@Profile("demo")
public class DemoActivitySeeding {

    private static final ZoneId ZONE = ZoneId.of("Europe/Budapest");

    private final JdbcTemplate jdbc;

    DemoActivitySeeding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A held event (Budapest local times), optionally serving an organisation; returns its id. */
    public long heldEvent(String kind, String title, String topic, String countyCode, LocalDateTime start,
            LocalDateTime end, long venueSettlementId, Integer trainingHours, String summary, Long organisationId) {
        return jdbc.queryForObject("""
                INSERT INTO activity_event (kind, title, topic, county_code, starts_at, ends_at, venue_settlement_id,
                    training_hours, status, summary, organisation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'HELD', ?, ?) RETURNING id""",
                Long.class, kind, title, topic, countyCode, start.atZone(ZONE).toOffsetDateTime(),
                end.atZone(ZONE).toOffsetDateTime(), venueSettlementId, trainingHours, summary, organisationId);
    }

    /** A held exchange visit to a host initiative, with its follow-up done; returns its id. */
    public long heldVisit(LocalDate day, String countyCode, long hostSettlementId, long hostInitiativeId,
            String purpose, String learned, int otherParticipants, LocalDate followUpDate, String followUpNote) {
        return jdbc.queryForObject("""
                INSERT INTO exchange_visit (visit_date, county_code, host_settlement_id, host_initiative_id, purpose,
                    learned, other_participants, follow_up, follow_up_date, follow_up_note, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'YES', ?, ?, 'HELD') RETURNING id""", Long.class, day, countyCode,
                hostSettlementId, hostInitiativeId, purpose, learned, otherParticipants, followUpDate, followUpNote);
    }

    /** A visiting settlement of an exchange visit (once). */
    public void visitingSettlement(long visitId, long settlementId) {
        jdbc.update("INSERT INTO exchange_visit_party (visit_id, settlement_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                visitId, settlementId);
    }

    /** A worker's attendance of an event, with the organisation they came with. */
    public void attendance(long eventId, long workerId, String presence, Long organisationId) {
        jdbc.update("""
                INSERT INTO event_attendance (event_id, worker_id, presence, organisation_id)
                VALUES (?, ?, ?, ?)""", eventId, workerId, presence, organisationId);
    }
}
