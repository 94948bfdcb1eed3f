package hu.kozossegi.portal.accounts;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one server-side check every write goes through: may this user write data of county X (with one of
 * these roles)? The national office may write everywhere; county staff only in their own county. Refusals
 * throw {@link AccessDeniedException}, which the portal answers with 403.
 */
@Component
public class CountyAccess {

    /** The signed-in user, if any. */
    public Optional<PortalUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PortalUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** True when {@code user} may write records of {@code countyCode} with any of {@code roles} (all if none). */
    public static boolean canWrite(PortalUser user, String countyCode, Role... roles) {
        if (user == null) {
            return false;
        }
        if (user.isNationalOffice()) {
            return true;
        }
        boolean roleAllowed = roles.length == 0 || Arrays.asList(roles).contains(user.role());
        return roleAllowed && countyCode != null && countyCode.equals(user.countyCode());
    }

    public boolean canWrite(String countyCode, Role... roles) {
        return canWrite(currentUser().orElse(null), countyCode, roles);
    }

    /** Throws 403 unless the current user may write records of {@code countyCode} with one of {@code roles}. */
    public PortalUser checkWrite(String countyCode, Role... roles) {
        PortalUser user = requireUser();
        if (!canWrite(user, countyCode, roles)) {
            throw new AccessDeniedException("no write access to county " + countyCode);
        }
        return user;
    }

    /**
     * Throws 403 unless the current user is the national office or has one of {@code roles} (in their own county;
     * the record's county is checked with {@link #checkWrite} once it is known).
     */
    public PortalUser checkRole(Role... roles) {
        PortalUser user = requireUser();
        if (!user.isNationalOffice() && !Arrays.asList(roles).contains(user.role())) {
            throw new AccessDeniedException("role " + user.role() + " may not write this");
        }
        return user;
    }

    /** Throws 403 unless the current user is the national office. */
    public PortalUser checkNationalOffice() {
        PortalUser user = requireUser();
        if (!user.isNationalOffice()) {
            throw new AccessDeniedException("national office only");
        }
        return user;
    }
}
