package hu.kozossegi.portal.accounts.internal;

import java.util.Optional;

import hu.kozossegi.portal.accounts.PortalUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes the signed-in user's own password after checking the current one. */
@Service
public class PasswordChange {

    public enum Result { CHANGED, WRONG_CURRENT }

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    PasswordChange(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** Returns the new password hash when changed, empty when the current password was wrong. */
    @Transactional
    public Optional<String> change(PortalUser user, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            return Optional.empty();
        }
        String hash = encoder.encode(newPassword);
        account.changePassword(hash);
        return Optional.of(hash);
    }
}
