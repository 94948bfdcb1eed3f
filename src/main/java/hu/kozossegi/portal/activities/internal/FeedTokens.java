package hu.kozossegi.portal.activities.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import hu.kozossegi.portal.accounts.Accounts;
import hu.kozossegi.portal.accounts.PasswordChanged;
import hu.kozossegi.portal.accounts.StaffMember;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal secret calendar-feed tokens: at most one active per user; a new one revokes the old; a revoked
 * token or one of a disabled account opens nothing, and a password change revokes it. Only the SHA-256 hash
 * of a token is stored, so the token itself is shown once, when it is made.
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

    /** True when the user has a token that works. */
    public boolean active(long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_feed_token WHERE user_id = ? AND revoked_at IS NULL)")
                .param(userId).query(Boolean.class).single();
    }

    @Transactional
    public String renew(long userId) {
        revoke(userId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO calendar_feed_token (user_id, token_hash) VALUES (?, ?)").param(userId)
                .param(hash(token)).update();
        return token;
    }

    /** Whatever the old password granted ends with it. */
    @EventListener
    void passwordChanged(PasswordChanged event) {
        revoke(event.accountId());
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
        return jdbc.sql("SELECT user_id FROM calendar_feed_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token)).query(Long.class).optional()
                .filter(id -> accounts.find(id).map(StaffMember::active).orElse(false));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }
}
