package hu.kozossegi.portal.initiatives;

import java.time.LocalDate;

/**
 * An outcome of an initiative as other modules see it; {@code civilOrganisation}: of the type "civil organisation
 * founded". The county is that of the initiative's primary settlement.
 */
public record OutcomeSummary(long id, long initiativeId, String initiativeTitle, String countyCode,
        long primarySettlementId, String primarySettlementName, boolean civilOrganisation, String name,
        LocalDate achievedOn) {
}
