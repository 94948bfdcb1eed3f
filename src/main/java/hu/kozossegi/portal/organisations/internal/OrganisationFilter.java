package hu.kozossegi.portal.organisations.internal;

import hu.kozossegi.portal.organisations.OrganisationKind;

/** Filters of the organisation list; null means "any". {@code q}: words of the name, accents and case ignored. */
public record OrganisationFilter(String county, OrganisationKind kind, Boolean active, String q) {
}
