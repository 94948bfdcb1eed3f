package hu.kozossegi.portal.activities.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was registered for an event and who came. Writes need the event county's coordinator or developer
 * (or the national office) and an open report year; nobody is registered twice (the database guards it too).
 */
@Service
public class Attendance {

    /** What a registration attempt did. */
    public enum Outcome { REGISTERED, ALREADY_REGISTERED, FULL }

    /** What registering several workers at once did: how many were added, already there, or left out (full). */
    public record Registration(int added, int already, int full) {
    }

    private final JdbcClient jdbc;
    private final Events events;
    private final CountyAccess access;
    private final ReportYears years;
    private final Clock clock;

    Attendance(JdbcClient jdbc, Events events, CountyAccess access, ReportYears years, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.events = events;
        this.access = access;
        this.years = years;
    }

    public List<AttendanceRow> of(long eventId) {
        return jdbc.sql("""
                SELECT id, worker_id, presence, organisation_id, version FROM event_attendance WHERE event_id = ?
                ORDER BY id""")
                .param(eventId).query(RecordRows.of(AttendanceRow.class)).list();
    }

    /** Throws 403 or 409 unless the current user may change the event's attendance. */
    public Event checkWritable(long eventId) {
        Event event = events.get(eventId);
        PortalUser user = access.checkWrite(event.getCountyCode(), Role.COUNTY_COORDINATOR,
                Role.COUNTY_DEVELOPER);
        years.checkOpenForCountyStaff(localDate(event.getStartsAt()), user.isNationalOffice());
        return event;
    }

    @Transactional
    public Outcome register(long eventId, long workerId) {
        Event event = checkWritable(eventId);
        Long count = jdbc.sql("SELECT count(*) FROM event_attendance WHERE event_id = ?").param(eventId)
                .query(Long.class).single();
        boolean already = jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_attendance WHERE event_id = ? AND worker_id = ?)")
                .param(eventId).param(workerId).query(Boolean.class).single();
        if (already) {
            return Outcome.ALREADY_REGISTERED;
        }
        if (event.getCapacity() != null && count >= event.getCapacity()) {
            return Outcome.FULL;
        }
        try {
            jdbc.sql("INSERT INTO event_attendance (event_id, worker_id) VALUES (?, ?)")
                    .param(eventId).param(workerId).update();
        } catch (DuplicateKeyException raced) {
            return Outcome.ALREADY_REGISTERED;
        }
        return Outcome.REGISTERED;
    }

    /**
     * Registers the given workers (known to exist) in three statements whatever their number: those already
     * registered are not added again, and when the capacity runs out the rest (in the given order) are left out.
     * {@code organisationId}: the organisation they came with (checked by the caller), or null.
     */
    @Transactional
    public Registration registerAll(long eventId, List<Long> workerIds, Long organisationId) {
        Event event = checkWritable(eventId);
        Long[] wanted = workerIds.stream().distinct().toArray(Long[]::new);
        if (wanted.length == 0) {
            return new Registration(0, 0, 0);
        }
        // Locks the event row: two bulk registrations at once cannot both fill the last places.
        jdbc.sql("SELECT id FROM activity_event WHERE id = ? FOR UPDATE").param(eventId).query(Long.class).single();
        long[] counts = jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE worker_id = ANY (CAST(? AS bigint[])))
                FROM event_attendance WHERE event_id = ?""").param(wanted).param(eventId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        int already = (int) counts[1];
        int room = event.getCapacity() == null ? Integer.MAX_VALUE
                : (int) Math.max(0, event.getCapacity() - counts[0]);
        int added = jdbc.sql("""
                INSERT INTO event_attendance (event_id, worker_id, organisation_id)
                SELECT ?, w.id, CAST(? AS bigint) FROM unnest(CAST(? AS bigint[])) WITH ORDINALITY AS w(id, n)
                WHERE NOT EXISTS (SELECT 1 FROM event_attendance a WHERE a.event_id = ? AND a.worker_id = w.id)
                ORDER BY w.n LIMIT ?
                ON CONFLICT DO NOTHING""").param(eventId).param(organisationId).param(wanted).param(eventId).param(room)
                .update();
        return new Registration(added, already, wanted.length - already - added);
    }

    @Transactional
    public void unregister(long eventId, long attendanceId) {
        checkWritable(eventId);
        jdbc.sql("DELETE FROM event_attendance WHERE id = ? AND event_id = ?").param(attendanceId).param(eventId)
                .update();
    }

    /**
     * Records presence and the organisation each participant came with for the given attendance rows of the event
     * in one go; {@code versions} holds the version of each row the form started from (its keys are the rows),
     * {@code presence} and {@code organisations} the values the form sent (a row missing from one keeps its stored
     * value; organisations are checked by the caller). Throws {@link FieldViolationException} when presence is
     * recorded before the event has started, and {@link VersionConflictException} (nothing saved) when someone
     * else changed one of the rows meanwhile.
     */
    @Transactional
    public void record(long eventId, Map<Long, Presence> presence, Map<Long, Long> organisations,
            Map<Long, Long> versions) {
        Event event = checkWritable(eventId);
        if (!event.hasStarted(Instant.now(clock)) && presence.values().stream().anyMatch(p -> p != null)) {
            throw new FieldViolationException(List.of(new FieldViolation("presence", "attendance.error.notStarted")));
        }
        if (versions.isEmpty()) {
            return;
        }
        Long[] ids = versions.keySet().toArray(Long[]::new);
        List<AttendanceRow> stored = jdbc.sql("""
                SELECT id, worker_id, presence, organisation_id, version FROM event_attendance
                WHERE event_id = ? AND id = ANY (CAST(? AS bigint[])) ORDER BY id FOR UPDATE""")
                .param(eventId).param(ids).query(RecordRows.of(AttendanceRow.class)).list();
        for (AttendanceRow row : stored) {
            VersionConflictException.check(row.version(), versions.get(row.id()));
        }
        Boolean[] setPresence = new Boolean[ids.length];
        String[] values = new String[ids.length];
        Boolean[] setOrganisation = new Boolean[ids.length];
        Long[] organisationIds = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            setPresence[i] = presence.containsKey(ids[i]);
            values[i] = presence.get(ids[i]) == null ? null : presence.get(ids[i]).name();
            setOrganisation[i] = organisations.containsKey(ids[i]);
            organisationIds[i] = organisations.get(ids[i]);
        }
        jdbc.sql("""
                UPDATE event_attendance a
                SET presence = CASE WHEN v.set_presence THEN v.presence ELSE a.presence END,
                    organisation_id = CASE WHEN v.set_organisation THEN v.organisation_id ELSE a.organisation_id END,
                    version = a.version + 1
                FROM unnest(CAST(? AS bigint[]), CAST(? AS boolean[]), CAST(? AS text[]), CAST(? AS boolean[]),
                            CAST(? AS bigint[])) AS v(id, set_presence, presence, set_organisation, organisation_id)
                WHERE a.id = v.id AND a.event_id = ?
                  AND ((v.set_presence AND a.presence IS DISTINCT FROM v.presence)
                       OR (v.set_organisation AND a.organisation_id IS DISTINCT FROM v.organisation_id))""")
                .param(ids).param(setPresence).param(values).param(setOrganisation).param(organisationIds)
                .param(eventId).update();
    }

    static LocalDate localDate(Instant instant) {
        return instant.atZone(EventRules.ZONE).toLocalDate();
    }
}
