package hu.kozossegi.portal.activities.internal;

import java.time.LocalDate;

/** One exchange visit in the list. */
public record VisitRow(long id, LocalDate visitDate, VisitStatus status, String countyCode, long hostSettlementId, String purpose,
        FollowUp followUp, long parties, long workers, int otherParticipants) {
}
