package hu.kozossegi.portal.opendata.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Requests per API token and minute: a Bucket4j token bucket per token (the library the sign-in throttle already
 * uses), in memory per instance. Buckets of tokens unused for an hour are dropped.
 */
@Component
class ApiRateLimit {

    private final int perMinute;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1))
            .maximumSize(10_000).build();

    ApiRateLimit(@Value("${portal.api.requests-per-minute:120}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** 0 when the request may go ahead, otherwise the seconds to wait. */
    long tryRequest(long tokenId) {
        Bucket bucket = buckets.get(tokenId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    }
}
