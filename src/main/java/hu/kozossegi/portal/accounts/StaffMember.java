package hu.kozossegi.portal.accounts;

/** A portal account as other modules may show it: no user name, e-mail or password data. */
public record StaffMember(long id, String fullName, Role role, String countyCode, boolean active) {
}
