package hu.kozossegi.portal.reporting.internal;

/** National figures of one year for the multi-year trend chart. */
public record TrendPoint(int year, long activeInitiatives, long newInitiatives, long eventsHeld, long visitsHeld) {
}
