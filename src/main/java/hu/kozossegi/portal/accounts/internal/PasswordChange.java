package hu.kozossegi.portal.accounts.internal;

import java.util.Optional;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the signed-in user's own password after checking the current one, and ends the user's other
 * sessions (on every instance), so a stolen session dies with the old password.
 */
@Service
public class PasswordChange {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SessionTerminator sessions;
    private final AuditLog audit;

    PasswordChange(UserAccountRepository accounts, PasswordEncoder encoder, SessionTerminator sessions,
            AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * Returns the new password hash when changed, empty when the current password was wrong. Every session of
     * the user except {@code currentSessionId} ends.
     */
    @Transactional
    public Optional<String> change(PortalUser user, String currentPassword, String newPassword,
            String currentSessionId) {
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            return Optional.empty();
        }
        String hash = encoder.encode(newPassword);
        account.changePassword(hash);
        audit.record(AuditType.PASSWORD_CHANGED, "");
        sessions.endSessions(account.getUsername(), currentSessionId);
        return Optional.of(hash);
    }
}
