package hu.kozossegi.portal.accounts.internal;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-username lockout, kept in the database so that every instance of the portal sees it: five failed
 * sign-ins within 15 minutes lock the username for 15 minutes; a successful sign-in resets the count.
 * Each change is one atomic UPDATE, so concurrent attempts on two instances cannot lose a count.
 */
@Component
class SignInLockout {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    SignInLockout(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a failure for {@code username}; returns true when this failure locked the account. */
    boolean recordFailure(String username) {
        // Failures while locked neither count nor extend the lock; a window older than 15 minutes restarts.
        return jdbc.sql("""
                UPDATE user_account SET
                    failed_attempts = CASE WHEN first_failed_at IS NULL OR first_failed_at < now() - :window * INTERVAL '1 second'
                                           THEN 1 ELSE failed_attempts + 1 END,
                    first_failed_at = CASE WHEN first_failed_at IS NULL OR first_failed_at < now() - :window * INTERVAL '1 second'
                                           THEN now() ELSE first_failed_at END,
                    locked_until = CASE WHEN first_failed_at >= now() - :window * INTERVAL '1 second' AND failed_attempts + 1 >= :max
                                        THEN now() + :lock * INTERVAL '1 second' ELSE locked_until END
                WHERE lower(username) = lower(:username) AND (locked_until IS NULL OR locked_until <= now())
                RETURNING locked_until IS NOT NULL AND locked_until > now()
                """)
                .param("window", WINDOW.toSeconds()).param("lock", LOCK.toSeconds()).param("max", MAX_FAILURES)
                .param("username", username)
                .query(Boolean.class).optional().orElse(false);
    }

    void reset(long accountId) {
        jdbc.sql("""
                UPDATE user_account SET failed_attempts = 0, first_failed_at = NULL, locked_until = NULL
                WHERE id = ? AND (failed_attempts <> 0 OR first_failed_at IS NOT NULL OR locked_until IS NOT NULL)
                """).param(accountId).update();
    }
}
