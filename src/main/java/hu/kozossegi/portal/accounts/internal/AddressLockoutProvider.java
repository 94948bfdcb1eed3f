package hu.kozossegi.portal.accounts.internal;

import hu.kozossegi.portal.accounts.PortalUser;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check, then the lockout of this account for this client address ({@link SignInLockout}). The
 * lock is checked only after the password, so a locked and an unlocked account cost the same time and a
 * wrong password gets the same answer either way.
 */
class AddressLockoutProvider extends DaoAuthenticationProvider {

    private final SignInLockout lockout;

    AddressLockoutProvider(PortalUserDetailsService users, SignInLockout lockout) {
        super(users);
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result = super.authenticate(authentication);
        if (result.getPrincipal() instanceof PortalUser user && lockout.isLocked(user.id(), address(authentication))) {
            throw new LockedException("locked for this address");
        }
        return result;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
