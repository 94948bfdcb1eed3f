package hu.kozossegi.portal.organisations.internal;

import java.time.LocalDate;
import java.util.Map;

import hu.kozossegi.portal.organisations.InitiativeRelation;
import hu.kozossegi.portal.organisations.OrganisationKind;

/**
 * An organisation's values, parsed and resolved (ids checked to exist). {@code foundedOutcomeId}: the outcome
 * "civil organisation founded" this organisation is (null: none, or keep the stored one).
 */
public record OrganisationData(String name, OrganisationKind kind, String countyCode, long seatSettlementId,
        LocalDate foundedOn, String focus, String contactName, String contactEmail, String contactPhone,
        boolean active, Long foundedOutcomeId, Map<Long, InitiativeRelation> initiatives) {
}
