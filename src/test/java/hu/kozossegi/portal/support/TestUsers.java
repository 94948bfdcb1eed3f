package hu.kozossegi.portal.support;

import java.util.concurrent.atomic.AtomicLong;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in users for MockMvc requests: {@code .with(TestUsers.coordinator("02"))}. The principals are not
 * stored; use {@link #persist} when a flow needs a real account (sign-in, password change).
 */
public final class TestUsers {

    private static final AtomicLong IDS = new AtomicLong(900_000);

    private TestUsers() {
    }

    public static PortalUser principal(Role role, String countyCode) {
        long id = IDS.incrementAndGet();
        return new PortalUser(id, role.name().toLowerCase() + "-" + id, "Teszt Felhasználó " + id, role, countyCode,
                countyCode == null ? null : "Megye " + countyCode, false, true, true, "{noop}x");
    }

    public static RequestPostProcessor national() {
        return as(principal(Role.NATIONAL_OFFICE, null));
    }

    public static RequestPostProcessor coordinator(String countyCode) {
        return as(principal(Role.COUNTY_COORDINATOR, countyCode));
    }

    public static RequestPostProcessor developer(String countyCode) {
        return as(principal(Role.COUNTY_DEVELOPER, countyCode));
    }

    public static RequestPostProcessor as(PortalUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

    /** Stores a real account with the given password and returns it. */
    public static UserAccount persist(UserAccountRepository accounts, PasswordEncoder encoder, String username,
            Role role, String countyCode, String password, boolean mustChangePassword) {
        return accounts.save(new UserAccount(username, "Teszt " + username, null, role, countyCode,
                encoder.encode(password), mustChangePassword));
    }
}
