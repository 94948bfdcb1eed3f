package hu.kozossegi.portal.organisations.internal;

import java.time.LocalDate;

import hu.kozossegi.portal.organisations.OrganisationKind;

/**
 * An organisation as its pages and the CSV show it. The contact person's data is null unless the reader may see it
 * (the organisation's county staff and the national office), decided in SQL.
 */
public record OrganisationRow(long id, long version, String name, OrganisationKind kind, String countyCode,
        String countyName, long seatSettlementId, String seatSettlementName, LocalDate foundedOn, String focus,
        String contactName, String contactEmail, String contactPhone, Long foundedOutcomeId, boolean active,
        long initiatives) {
}
