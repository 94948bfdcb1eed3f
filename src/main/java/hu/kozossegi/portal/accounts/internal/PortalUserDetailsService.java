package hu.kozossegi.portal.accounts.internal;

import java.time.Instant;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Counties counties;

    PortalUserDetailsService(UserAccountRepository accounts, Counties counties) {
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
        String countyName = counties.find(account.getCountyCode()).map(County::name).orElse(null);
        return new PortalUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getCountyCode(), countyName, account.isMustChangePassword(), account.isActive(),
                !account.isLocked(Instant.now()), account.getPasswordHash());
    }
}
