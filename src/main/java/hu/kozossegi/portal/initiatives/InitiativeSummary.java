package hu.kozossegi.portal.initiatives;

import java.time.LocalDate;

/** What other modules need to show and link an initiative. The county is that of the primary settlement. */
public record InitiativeSummary(long id, String title, String countyCode, long primarySettlementId,
        String primarySettlementName, InitiativeStatus status, LocalDate startDate, LocalDate endDate) {
}
