package hu.kozossegi.portal.accounts.internal;

import java.time.Instant;

import hu.kozossegi.portal.accounts.Role;

/** An account as the national office's list and edit page show it (never the password hash). */
public record AccountRow(long id, String username, String fullName, String email, Role role, String countyCode,
        String countyName, boolean active, boolean mustChangePassword, Instant lockedUntil, long version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
