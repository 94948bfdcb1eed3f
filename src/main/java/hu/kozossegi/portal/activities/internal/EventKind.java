package hu.kozossegi.portal.activities.internal;

/** What kind of event; the National Development Workshop is a national WORKSHOP. */
public enum EventKind {
    WORKSHOP,
    TRAINING,
    CONSULTATION,
    CONFERENCE
}
