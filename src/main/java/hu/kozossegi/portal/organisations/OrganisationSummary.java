package hu.kozossegi.portal.organisations;

import java.time.LocalDate;

/** What other modules may show of an organisation: no contact data (DESIGN.md section 1). */
public record OrganisationSummary(long id, String name, OrganisationKind kind, String countyCode, String countyName,
        long seatSettlementId, String seatSettlementName, LocalDate foundedOn, boolean active) {
}
