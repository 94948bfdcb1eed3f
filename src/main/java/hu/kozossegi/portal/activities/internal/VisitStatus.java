package hu.kozossegi.portal.activities.internal;

/** Only HELD exchange visits count in reports, as only held events do. */
public enum VisitStatus {
    PLANNED,
    HELD,
    CANCELLED
}
