package hu.kozossegi.portal.accounts.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions (in PostgreSQL, so on every instance) when the password changes or the account is disabled. */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of {@code username} except {@code keepSessionId} (may be null); returns how many. */
    int endSessions(String username, String keepSessionId) {
        var ids = sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .toList();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
