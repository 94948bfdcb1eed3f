package hu.kozossegi.portal.activities.internal;

import java.time.Instant;
import java.time.LocalDateTime;

/** Another event at an overlapping time of the same county or with the same facilitator. */
public record Clash(long id, String title, Instant startsAt, Instant endsAt, boolean sameCounty,
        boolean sameFacilitator) {

    public LocalDateTime startsLocal() {
        return LocalDateTime.ofInstant(startsAt, EventRules.ZONE);
    }

    public LocalDateTime endsLocal() {
        return LocalDateTime.ofInstant(endsAt, EventRules.ZONE);
    }
}
