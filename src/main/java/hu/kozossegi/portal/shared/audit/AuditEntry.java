package hu.kozossegi.portal.shared.audit;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(long id, Instant occurredAt, AuditType type, String actor, String address, String detail) {
}
