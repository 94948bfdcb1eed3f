package hu.kozossegi.portal.initiatives.internal;

/** What an initiative brought into being (DESIGN.md glossary). */
public enum OutcomeType {
    CLUB,
    SELF_HELP_GROUP,
    VOLUNTEER_ACTIVITY,
    NEIGHBOURHOOD_PROGRAMME,
    CIVIL_ORGANISATION,
    OTHER
}
