package hu.kozossegi.portal.activities.internal;

/** A registered worker of an event and whether they came (null: not recorded yet); version for optimistic locking. */
public record AttendanceRow(long id, long workerId, Presence presence, long version) {
}
