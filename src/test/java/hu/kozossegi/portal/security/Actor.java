package hu.kozossegi.portal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /**
     * The signed-in user for MockMvc (a real account, stored once, since some writes refer to the user's row),
     * or a no-op for the anonymous visitor.
     */
    RequestPostProcessor user(JdbcClient jdbc) {
        if (role == null) {
            return request -> request;
        }
        PortalUser user = ACCOUNTS.computeIfAbsent(this, actor -> {
            String username = "matrix-" + name().toLowerCase() + "-" + System.nanoTime();
            long id = new TestData(jdbc).account(county).set("username", username).set("full_name", "Mátrix " + name())
                    .set("role", role.name()).insert();
            return new PortalUser(id, username, "Mátrix " + name(), role, county, county == null ? null : "Megye " + county,
                    false, true, true, "{noop}x");
        });
        return TestUsers.as(user);
    }

    private static final Map<Actor, PortalUser> ACCOUNTS = new ConcurrentHashMap<>();
}
