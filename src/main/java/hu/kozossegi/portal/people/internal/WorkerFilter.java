package hu.kozossegi.portal.people.internal;

/** The worker list's filters, all optional. */
public record WorkerFilter(String county, Long settlementId, WorkerKind kind, Boolean active, String q) {
}
