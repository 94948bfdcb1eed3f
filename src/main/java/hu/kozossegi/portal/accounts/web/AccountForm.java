package hu.kozossegi.portal.accounts.web;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.AccountChange;
import hu.kozossegi.portal.accounts.internal.AccountRow;
import hu.kozossegi.portal.shared.web.FilterParams;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The national office's account form, for creating and editing. {@code username} and {@code password} are
 * read only when creating; {@code version} only when editing.
 */
record AccountForm(
        @Size(max = 60, message = "{accounts.error.usernameFormat}") String username,
        @NotBlank(message = "{accounts.error.fullNameRequired}") @Size(max = 120, message = "{accounts.error.fullNameLength}") String fullName,
        @Email(message = "{accounts.error.email}") @Size(max = 200, message = "{accounts.error.email}") String email,
        @NotBlank(message = "{accounts.error.roleRequired}") String role,
        String countyCode,
        Boolean active,
        @Size(max = 200) String password,
        String version) {

    static AccountForm empty() {
        return new AccountForm("", "", "", "", "", true, "", null);
    }

    static AccountForm of(AccountRow row) {
        return new AccountForm(row.username(), row.fullName(), row.email(), row.role().name(), row.countyCode(),
                row.active(), "", Long.toString(row.version()));
    }

    /** The chosen role, or null when none or an unknown one was sent. */
    Role parsedRole() {
        for (Role candidate : Role.values()) {
            if (candidate.name().equals(role)) {
                return candidate;
            }
        }
        return null;
    }

    AccountForm withVersion(long current) {
        return new AccountForm(username, fullName, email, role, countyCode, active, password, Long.toString(current));
    }

    AccountChange toChange() {
        return new AccountChange(username, fullName, email, parsedRole(), FilterParams.blankToNull(countyCode), Boolean.TRUE.equals(active));
    }
}
