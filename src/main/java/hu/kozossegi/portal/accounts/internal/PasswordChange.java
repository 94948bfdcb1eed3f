package hu.kozossegi.portal.accounts.internal;

import java.util.Optional;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import hu.kozossegi.portal.accounts.PasswordChanged;
import org.springframework.context.ApplicationEventPublisher;
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
    private final SignInLockout lockout;
    private final ApplicationEventPublisher events;

    PasswordChange(UserAccountRepository accounts, PasswordEncoder encoder, SessionTerminator sessions,
            AuditLog audit, SignInLockout lockout, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
        this.lockout = lockout;
        this.events = events;
    }

    /** The outcome: the new password hash, or why not (wrong current password, or too many wrong ones). */
    public record Result(Optional<String> newHash, boolean locked) {
    }

    /**
     * Changes the password when {@code currentPassword} is right. Wrong current passwords count in the sign-in
     * lockout of this account and {@code address}: once locked, even the right one is refused for a while. Every
     * session of the user except {@code currentSessionId} ends, and so does the calendar feed token.
     */
    @Transactional
    public Result change(PortalUser user, String currentPassword, String newPassword, String currentSessionId,
            String address) {
        UserAccount account = accounts.findById(user.id()).orElseThrow();
        boolean matches = encoder.matches(currentPassword, account.getPasswordHash());
        if (lockout.isLocked(account.getId(), address)) {
            return new Result(Optional.empty(), true);
        }
        if (!matches) {
            boolean lockedNow = lockout.recordFailure(account.getUsername(), address);
            audit.record(AuditType.SIGN_IN_FAILED, account.getUsername(), address, "wrong current password");
            return new Result(Optional.empty(), lockedNow);
        }
        lockout.reset(account.getId(), address);
        String hash = encoder.encode(newPassword);
        account.changePassword(hash);
        audit.record(AuditType.PASSWORD_CHANGED, "");
        sessions.endSessions(account.getUsername(), currentSessionId);
        events.publishEvent(new PasswordChanged(account.getId()));
        return new Result(Optional.of(hash), false);
    }
}
