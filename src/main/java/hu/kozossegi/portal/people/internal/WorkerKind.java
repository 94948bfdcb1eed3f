package hu.kozossegi.portal.people.internal;

/** Volunteer (önkéntes) or professional (hivatásos) community worker. */
public enum WorkerKind {
    VOLUNTEER,
    PROFESSIONAL
}
