package hu.kozossegi.portal.organisations;

/** The kinds of organisation of the {@code organisation.kind} check constraint. */
public enum OrganisationKind {
    ASSOCIATION,
    FOUNDATION,
    NONPROFIT_COMPANY,
    INFORMAL_GROUP,
    MINORITY_SELF_GOVERNMENT,
    OTHER
}
