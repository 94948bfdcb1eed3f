package hu.kozossegi.portal.accounts.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per client address (Bucket4j token buckets, one per address): an address that has
 * used up its failures waits until the bucket refills at the end of the period, whatever usernames it tries;
 * other addresses are not affected. Behind a reverse proxy the address is the client's (see TrustedProxies). Kept in memory per
 * instance: behind several instances an attacker gets at most (instances x capacity); the per-username
 * lockout in the database is the shared defence.
 */
@Component
class SignInThrottle {

    private static final int MAX_TRACKED = 50_000;

    private final int capacity;
    private final Duration refillPeriod;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    SignInThrottle(@Value("${portal.sign-in.failures-per-address:20}") int capacity,
            @Value("${portal.sign-in.failures-per-address-period:10m}") Duration refillPeriod) {
        this.capacity = capacity;
        this.refillPeriod = refillPeriod;
    }

    /** True while {@code address} may still try to sign in. */
    boolean allows(String address) {
        Bucket bucket = buckets.get(key(address));
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    void recordFailure(String address) {
        if (buckets.size() > MAX_TRACKED) {
            // Addresses that have refilled completely carry no information; drop them before growing further.
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
        buckets.computeIfAbsent(key(address), k -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, refillPeriod).build())
                .build();
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
