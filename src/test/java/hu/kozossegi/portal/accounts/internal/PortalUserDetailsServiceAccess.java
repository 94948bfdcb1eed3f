package hu.kozossegi.portal.accounts.internal;

import hu.kozossegi.portal.accounts.PortalUser;
import org.springframework.stereotype.Component;

/** Test access to the package-private user details service: loads a stored account as its principal. */
@Component
public class PortalUserDetailsServiceAccess {

    private final PortalUserDetailsService service;

    PortalUserDetailsServiceAccess(PortalUserDetailsService service) {
        this.service = service;
    }

    public PortalUser load(String username) {
        return service.loadUserByUsername(username);
    }
}
