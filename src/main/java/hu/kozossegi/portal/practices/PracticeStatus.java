package hu.kozossegi.portal.practices;

/** Review workflow of a good practice: DRAFT → SUBMITTED → RETURNED → SUBMITTED … → ACCREDITED or REJECTED. */
public enum PracticeStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCREDITED,
    REJECTED;

    /** The proposer may change the text only before review or after it was returned. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean finished() {
        return this == ACCREDITED || this == REJECTED;
    }
}
