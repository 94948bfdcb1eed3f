package hu.kozossegi.portal.accounts;

/** The roles of DESIGN.md section 1. County roles are bound to one county. */
public enum Role {
    NATIONAL_OFFICE,
    COUNTY_COORDINATOR,
    COUNTY_DEVELOPER;

    public boolean isCountyRole() {
        return this != NATIONAL_OFFICE;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
