package hu.kozossegi.portal.organisations;

/** How an organisation is linked to an initiative: it runs it, or it was born from it. */
public enum InitiativeRelation {
    RUNS,
    BORN_FROM
}
