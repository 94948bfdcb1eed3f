package hu.kozossegi.portal.initiatives;

/** Life cycle of an initiative (DESIGN.md section 3). */
public enum InitiativeStatus {
    PLANNED,
    RUNNING,
    SELF_SUSTAINING,
    CLOSED,
    ABANDONED;

    /** CLOSED and ABANDONED initiatives have ended and need an end date. */
    public boolean ended() {
        return this == CLOSED || this == ABANDONED;
    }
}
