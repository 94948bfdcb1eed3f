package hu.kozossegi.portal.activities.internal;

import java.time.Instant;
import java.time.LocalDateTime;

/** One event in a list, the month view or a feed (one SQL row; names are looked up in bulk). */
public record EventRow(long id, EventKind kind, String title, String countyCode, Instant startsAt, Instant endsAt,
        Long venueSettlementId, String venueAddress, EventStatus status, String cancelReason, String description,
        long registered, long present) {

    public LocalDateTime startsLocal() {
        return LocalDateTime.ofInstant(startsAt, EventRules.ZONE);
    }

    public LocalDateTime endsLocal() {
        return LocalDateTime.ofInstant(endsAt, EventRules.ZONE);
    }

    public boolean national() {
        return countyCode == null;
    }
}
