package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class CountyAccessTests {

    private final CountyAccess access = new CountyAccess();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static PortalUser signIn(Role role, String county) {
        PortalUser user = TestUsers.principal(role, county);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    @Test
    void nationalOfficeWritesEverywhere() {
        PortalUser national = TestUsers.principal(Role.NATIONAL_OFFICE, null);
        assertThat(CountyAccess.canWrite(national, "02")).isTrue();
        assertThat(CountyAccess.canWrite(national, "20", Role.COUNTY_COORDINATOR)).isTrue();
        assertThat(CountyAccess.canWrite(national, null)).isTrue();
    }

    @Test
    void countyStaffWriteOnlyTheirOwnCounty() {
        PortalUser baranya = TestUsers.principal(Role.COUNTY_COORDINATOR, "02");
        assertThat(CountyAccess.canWrite(baranya, "02")).isTrue();
        assertThat(CountyAccess.canWrite(baranya, "12")).isFalse();
        assertThat(CountyAccess.canWrite(baranya, null)).as("national records").isFalse();
    }

    @Test
    void rolesNarrowTheCheck() {
        PortalUser developer = TestUsers.principal(Role.COUNTY_DEVELOPER, "02");
        assertThat(CountyAccess.canWrite(developer, "02", Role.COUNTY_DEVELOPER, Role.COUNTY_COORDINATOR)).isTrue();
        assertThat(CountyAccess.canWrite(developer, "02", Role.COUNTY_COORDINATOR)).isFalse();
    }

    @Test
    void nobodySignedInWritesNothing() {
        assertThat(CountyAccess.canWrite(null, "02")).isFalse();
        assertThatThrownBy(() -> access.checkWrite("02")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void checkWriteUsesTheSignedInUser() {
        PortalUser user = signIn(Role.COUNTY_COORDINATOR, "02");
        assertThat(access.checkWrite("02")).isEqualTo(user);
        assertThatThrownBy(() -> access.checkWrite("12")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(access::checkNationalOffice).isInstanceOf(AccessDeniedException.class);
    }
}
