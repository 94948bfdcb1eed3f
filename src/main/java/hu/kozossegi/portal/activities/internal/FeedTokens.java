package hu.kozossegi.portal.activities.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import hu.kozossegi.portal.accounts.Accounts;
import hu.kozossegi.portal.accounts.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal secret calendar-feed tokens: at most one active per user; a new one revokes the old; a revoked
 * token or one of a disabled account opens nothing.
 */
@Service
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Accounts accounts;

    FeedTokens(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public Optional<String> current(long userId) {
        return jdbc.sql("SELECT token FROM calendar_feed_token WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).query(String.class).optional();
    }

    @Transactional
    public String renew(long userId) {
        revoke(userId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO calendar_feed_token (user_id, token) VALUES (?, ?)").param(userId).param(token)
                .update();
        return token;
    }

    @Transactional
    public void revoke(long userId) {
        jdbc.sql("UPDATE calendar_feed_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")
                .param(userId).update();
    }

    /** The active account a valid token belongs to. */
    public Optional<Long> userOf(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM calendar_feed_token WHERE token = ? AND revoked_at IS NULL")
                .param(token).query(Long.class).optional()
                .filter(id -> accounts.find(id).map(StaffMember::active).orElse(false));
    }
}
