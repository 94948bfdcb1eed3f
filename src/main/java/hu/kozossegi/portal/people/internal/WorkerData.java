package hu.kozossegi.portal.people.internal;

import java.time.LocalDate;

/** The editable fields of a community worker, validated and normalised. */
public record WorkerData(String fullName, String countyCode, Long settlementId, WorkerKind kind, String organisation,
        String email, String phone, boolean active, LocalDate joinedOn, String notes) {
}
