package hu.kozossegi.portal.activities.internal;

/**
 * A registered worker of an event, whether they came (null: not recorded yet) and the organisation they came with
 * (null: none named); version for optimistic locking.
 */
public record AttendanceRow(long id, long workerId, Presence presence, Long organisationId, long version) {
}
