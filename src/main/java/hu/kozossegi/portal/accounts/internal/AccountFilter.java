package hu.kozossegi.portal.accounts.internal;

import hu.kozossegi.portal.accounts.Role;

/** Filters of the account list; any may be null. {@code sort} is one of {@link AccountSort}. */
public record AccountFilter(String countyCode, Role role, Boolean active, String q, AccountSort sort) {
}
