package hu.kozossegi.portal.people.internal;

/** A worker as typed in the form; {@code settlement} is a settlement name in the worker's county. */
public record WorkerInput(String fullName, String county, String settlement, String kind, String organisation,
        String email, String phone, boolean active, String joinedOn, String notes) {
}
