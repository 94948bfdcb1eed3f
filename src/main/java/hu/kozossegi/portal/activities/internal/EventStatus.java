package hu.kozossegi.portal.activities.internal;

/** Only HELD events count in reports. */
public enum EventStatus {
    SCHEDULED,
    HELD,
    CANCELLED
}
