package hu.kozossegi.portal.activities.internal;

/** Whether a registered worker came; recorded after the event starts. */
public enum Presence {
    PRESENT,
    ABSENT,
    EXCUSED
}
