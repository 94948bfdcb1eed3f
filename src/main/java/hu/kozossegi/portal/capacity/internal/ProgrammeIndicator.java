package hu.kozossegi.portal.capacity.internal;

/** What a programme promised its funder, in the order of the programme report. */
public enum ProgrammeIndicator {
    ORGANISATIONS_ENROLLED, TRAININGS_HELD, TRAINING_HOURS, PARTICIPANTS, MENTORING_SESSIONS, INITIATIVES_REALISED,
    OUTCOMES, PRACTICES_TAKEN_UP;

    /** Targets of this indicator are set per county (the organisation's county); the others for the programme. */
    public boolean perCounty() {
        return this == ORGANISATIONS_ENROLLED;
    }
}
