package hu.kozossegi.portal.people.internal;

import java.time.LocalDate;

/** A worker as the bound form gives it; {@code settlement} is a settlement name in the worker's county. */
public record WorkerInput(String fullName, String county, String settlement, WorkerKind kind, String organisation,
        String email, String phone, boolean active, LocalDate joinedOn, String notes) {
}
