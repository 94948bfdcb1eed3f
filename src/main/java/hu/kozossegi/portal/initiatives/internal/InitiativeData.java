package hu.kozossegi.portal.initiatives.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.initiatives.InitiativeStatus;

/** Everything a coordinator edits on an initiative, already parsed and resolved to ids. */
public record InitiativeData(String title, long primarySettlementId, Set<Long> settlementIds, Long programmeId,
        InitiativeStatus status, LocalDate startDate, LocalDate endDate, Long leadWorkerId, Set<Long> workerIds,
        Set<String> themeCodes, String needAssessment, String actionProgramme, Integer residentParticipants,
        List<Funding> funding) {
}
