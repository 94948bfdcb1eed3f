package hu.kozossegi.portal.activities.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything a user sets on an event, already resolved (settlement and facilitator ids, instants);
 * {@code organisationId}: the organisation an individual consultation served, or null.
 */
public record EventDetails(EventKind kind, String title, String topic, String description, String countyCode,
        Instant startsAt, Instant endsAt, Long venueSettlementId, String venueAddress, Long facilitatorUserId,
        String facilitatorName, Integer capacity, BigDecimal trainingHours, Long initiativeId, EventStatus status,
        String cancelReason, String summary, Long organisationId) {
}
