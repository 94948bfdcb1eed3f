package hu.kozossegi.portal.accounts.internal;

import hu.kozossegi.portal.accounts.Role;

/** What the national office may set on an account (the username only when creating it). */
public record AccountChange(String username, String fullName, String email, Role role, String countyCode,
        boolean active) {
}
