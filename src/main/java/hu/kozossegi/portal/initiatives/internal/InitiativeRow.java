package hu.kozossegi.portal.initiatives.internal;

import java.time.LocalDate;

import hu.kozossegi.portal.initiatives.InitiativeStatus;

/** One row of the initiative list. */
public record InitiativeRow(long id, String title, long settlementId, String settlementName, String countyCode,
        String countyName, InitiativeStatus status, LocalDate startDate, LocalDate endDate, String programmeName,
        Integer residentParticipants) {
}
