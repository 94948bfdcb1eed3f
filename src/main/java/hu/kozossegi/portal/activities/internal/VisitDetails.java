package hu.kozossegi.portal.activities.internal;

import java.time.LocalDate;
import java.util.List;

/** What a user sets on an exchange visit, already resolved to ids; the visiting group is settlements and/or
 * initiatives. */
public record VisitDetails(LocalDate visitDate, VisitStatus status, String countyCode, long hostSettlementId, Long hostInitiativeId,
        List<Long> visitingSettlementIds, List<Long> visitingInitiativeIds, String purpose, String learned, int otherParticipants, FollowUp followUp,
        LocalDate followUpDate, String followUpNote) {
}
