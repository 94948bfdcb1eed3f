package hu.kozossegi.portal.accounts.internal;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lockout per account and client address, kept in the database so that every instance sees it. From one
 * address, the fifth wrong password in a row locks the account for that address for one minute, and every
 * further failure after a lock doubles the wait (up to one hour). Other addresses are not affected, so an
 * attacker cannot lock the owner out. A success from the address, or the national office, clears it; a day
 * without failures forgets it. Each change is one atomic statement, so two instances cannot lose a count.
 * Wrong current passwords on the password change page count here too.
 */
@Component
class SignInLockout {

    static final int FREE_FAILURES = 4;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    /** The count including this failure: a day without failures starts it again. */
    private static final String COUNT_AFTER_THIS_FAILURE = """
            (CASE WHEN sign_in_failure.last_failed_at < now() - :forget * INTERVAL '1 second'
                  THEN 1 ELSE sign_in_failure.failures + 1 END)""";

    private final JdbcClient jdbc;

    SignInLockout(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts a failure of {@code username} from {@code address}; returns true when this failure locked it. An
     * unknown username counts nothing here (the per-address throttle limits those); a failure while locked
     * neither counts nor extends the lock.
     */
    boolean recordFailure(String username, String address) {
        return jdbc.sql("""
                INSERT INTO sign_in_failure (account_id, client_address, failures, last_failed_at)
                SELECT id, :address, 1, now() FROM user_account WHERE lower(username) = lower(:username)
                ON CONFLICT (account_id, client_address) DO UPDATE SET
                    failures = %1$s,
                    last_failed_at = now(),
                    locked_until = CASE WHEN %1$s > :free
                        THEN now() + least(:first * power(2, %1$s - :free - 1), :longest) * INTERVAL '1 second' END
                WHERE sign_in_failure.locked_until IS NULL OR sign_in_failure.locked_until <= now()
                RETURNING locked_until IS NOT NULL
                """.formatted(COUNT_AFTER_THIS_FAILURE))
                .param("address", key(address)).param("username", username)
                .param("forget", FORGET_AFTER.toSeconds()).param("free", FREE_FAILURES)
                .param("first", FIRST_LOCK.toSeconds()).param("longest", LONGEST_LOCK.toSeconds())
                .query(Boolean.class).optional().orElse(false);
    }

    boolean isLocked(long accountId, String address) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM sign_in_failure
                               WHERE account_id = ? AND client_address = ? AND locked_until > now())""")
                .params(accountId, key(address)).query(Boolean.class).single();
    }

    /** A success from {@code address}: its count starts again. */
    void reset(long accountId, String address) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE account_id = ? AND client_address = ?")
                .params(accountId, key(address)).update();
    }

    /** The national office's or the operator's unlock: every address starts again. */
    void resetAll(long accountId) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE account_id = ?").param(accountId).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldFailures() {
        jdbc.sql("DELETE FROM sign_in_failure WHERE last_failed_at < now() - ? * INTERVAL '1 second'"
                + " AND (locked_until IS NULL OR locked_until < now())")
                .param(FORGET_AFTER.toSeconds()).update();
    }

    private static String key(String address) {
        return address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
