package hu.kozossegi.portal.shared.db;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The version of the source data (V71: raised once by every committed transaction that writes initiatives,
 * their settlements, workers and outcomes, settlements, workers, events, attendance, exchange visits or
 * practices; by any instance or writer, psql included). An aggregate over those tables that is expensive to
 * compute (a list's total over 200,000 events) is kept with the version it was read at and reused exactly while
 * the version is unchanged: never stale, one primary-key read per use.
 */
@Service
public class DataVersion {

    private final JdbcClient jdbc;
    private final Map<String, Cache<Object, Kept<?>>> caches = new ConcurrentHashMap<>();
    private final SingleFlight<List<Object>, Kept<?>> flights = new SingleFlight<>();

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The data version now. */
    public long current() {
        return jdbc.sql("SELECT version FROM report_data_version").query(Long.class).single();
    }

    /**
     * The value of {@code key} in the named cache (up to 256 keys each), computed by {@code compute} when none is
     * kept at the current version. The version is read before computing: a write committed meanwhile raises it
     * again, so a value newer than its version is recomputed next time, an older one never reused. Concurrent
     * requests that miss wait for one computation ({@link SingleFlight}).
     */
    public <T> T kept(String cache, Object key, Supplier<T> compute) {
        return kept(cache, 256, key, compute);
    }

    /**
     * As {@link #kept(String, Object, Supplier)}, with at most {@code maximumSize} keys in the named cache (for large
     * values, e.g. a rendered calendar feed); the size is fixed by the first use of the cache.
     */
    @SuppressWarnings("unchecked")
    public <T> T kept(String cache, int maximumSize, Object key, Supplier<T> compute) {
        long version = current();
        Cache<Object, Kept<?>> values = caches.computeIfAbsent(cache,
                name -> Caffeine.newBuilder().maximumSize(maximumSize).build());
        Kept<?> kept = values.getIfPresent(key);
        if (kept == null || kept.version() < version) {
            kept = flights.get(List.of(cache, key), version, () -> {
                Kept<?> meanwhile = values.getIfPresent(key);
                if (meanwhile != null && meanwhile.version() >= version) {
                    return meanwhile;
                }
                Kept<?> fresh = new Kept<>(version, compute.get());
                values.asMap().merge(key, fresh, (old, mine) -> old.version() > mine.version() ? old : mine);
                return fresh;
            });
        }
        return (T) kept.value();
    }

    private record Kept<T>(long version, T value) {
    }
}
