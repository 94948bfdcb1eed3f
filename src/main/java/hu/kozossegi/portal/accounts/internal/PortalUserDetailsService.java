package hu.kozossegi.portal.accounts.internal;

import hu.kozossegi.portal.accounts.PortalUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in. The lockout is per account and client address, so it is checked by the provider. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final CountyNames counties;

    PortalUserDetailsService(UserAccountRepository accounts, CountyNames counties) {
        this.accounts = accounts;
        this.counties = counties;
    }

    @Override
    @Transactional(readOnly = true)
    public PortalUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return toPortalUser(account);
    }

    PortalUser toPortalUser(UserAccount account) {
        String countyName = counties.name(account.getCountyCode());
        return new PortalUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getCountyCode(), countyName, account.isMustChangePassword(), account.isActive(),
                true, account.getPasswordHash());
    }
}
