package hu.kozossegi.portal.people.internal;

import java.time.LocalDate;

/**
 * A worker as the pages show it. {@code email} and {@code phone} are null unless the reader may see them (the
 * worker's county staff and the national office): the query itself leaves them out for anyone else.
 */
public record WorkerRow(long id, String fullName, String countyCode, String countyName, Long settlementId,
        String settlementName, WorkerKind kind, String organisation, String email, String phone, boolean active,
        LocalDate joinedOn, String notes, boolean anonymised, long version) {
}
