package hu.kozossegi.portal.security;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.support.TestUsers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who knocks: the columns of the access-control matrix. Fixture rows belong to {@link #OWN_COUNTY}. */
enum Actor {
    ANONYMOUS(null, null),
    OWN_COORDINATOR(Role.COUNTY_COORDINATOR, Actor.OWN_COUNTY),
    OWN_DEVELOPER(Role.COUNTY_DEVELOPER, Actor.OWN_COUNTY),
    OTHER_COORDINATOR(Role.COUNTY_COORDINATOR, Actor.OTHER_COUNTY),
    OTHER_DEVELOPER(Role.COUNTY_DEVELOPER, Actor.OTHER_COUNTY),
    NATIONAL_OFFICE(Role.NATIONAL_OFFICE, null);

    /** Zala: the county every fixture row belongs to. */
    static final String OWN_COUNTY = "20";
    /** Baranya: another county. */
    static final String OTHER_COUNTY = "02";

    final Role role;
    final String county;

    Actor(Role role, String county) {
        this.role = role;
        this.county = county;
    }

    /** The signed-in user for MockMvc, or a no-op for the anonymous visitor. */
    RequestPostProcessor user() {
        return role == null ? request -> request : TestUsers.as(TestUsers.principal(role, county));
    }
}
