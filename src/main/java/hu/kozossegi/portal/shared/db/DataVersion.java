package hu.kozossegi.portal.shared.db;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The version of the source data (V71: raised once by every committed transaction that writes initiatives,
 * their settlements, workers, outcomes and progress notes, settlements, workers, events, attendance, exchange
 * visits, practices or county targets; V87, V93 and V95 added tables; by any instance or writer, psql included). An
 * aggregate over those tables that is expensive to compute (a list's total over 200,000 events) is kept with the
 * version it was read at and reused exactly while the version is unchanged: never stale, one primary-key read per
 * use.
 */
@Service
public class DataVersion {

    private final JdbcClient jdbc;
    private final Map<String, Cache<Object, Kept<?>>> caches = new ConcurrentHashMap<>();
    private final SingleFlight<List<Object>, Kept<?>> flights = new SingleFlight<>();
    /** The keys of {@link #keptAhead} whose recomputation is running: at most one per key. */
    private final Set<List<Object>> refreshing = ConcurrentHashMap.newKeySet();
    private final Executor refresher;

    @Autowired
    DataVersion(JdbcClient jdbc) {
        this(jdbc, ForkJoinPool.commonPool());
    }

    DataVersion(JdbcClient jdbc, Executor refresher) {
        this.jdbc = jdbc;
        this.refresher = refresher;
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
        Cache<Object, Kept<?>> values = values(cache, maximumSize);
        Kept<?> kept = values.getIfPresent(key);
        if (kept == null || kept.version() < version) {
            kept = flights.get(List.of(cache, key), version, () -> {
                Kept<?> meanwhile = values.getIfPresent(key);
                if (meanwhile != null && meanwhile.version() >= version) {
                    return meanwhile;
                }
                Kept<?> fresh = new Kept<>(version, compute.get());
                keep(values, key, fresh);
                return fresh;
            });
        }
        return (T) kept.value();
    }

    /**
     * As {@link #kept(String, Object, Supplier)}, for a value shown to every visitor that no one should wait for
     * (the public home's figures): computed by the first caller only (callers arriving meanwhile wait for that one
     * computation); later, when the data version has moved on, the value kept so far is returned at once while one
     * background thread recomputes it (never more than one per key, however many callers arrive). A value is thus
     * at most one recomputation behind the data; one primary-key read per use.
     */
    @SuppressWarnings("unchecked")
    public <T> T keptAhead(String cache, Object key, Supplier<T> compute) {
        Cache<Object, Kept<?>> values = values(cache, 256);
        Kept<?> kept = values.getIfPresent(key);
        if (kept == null) {
            // The first computation is the single flight of kept(): not inside the cache's own compute, which would
            // hold its lock while the statements run.
            return kept(cache, 256, key, compute);
        }
        long version = current();
        if (kept.version() < version) {
            List<Object> running = List.of(cache, key);
            if (refreshing.add(running)) {
                try {
                    refresher.execute(() -> {
                        try {
                            long now = current();
                            keep(values, key, new Kept<>(now, compute.get()));
                        } finally {
                            refreshing.remove(running);
                        }
                    });
                } catch (RuntimeException rejected) {
                    refreshing.remove(running);
                    throw rejected;
                }
            }
        }
        return (T) kept.value();
    }

    private Cache<Object, Kept<?>> values(String cache, int maximumSize) {
        return caches.computeIfAbsent(cache, name -> Caffeine.newBuilder().maximumSize(maximumSize).build());
    }

    private static void keep(Cache<Object, Kept<?>> values, Object key, Kept<?> fresh) {
        values.asMap().merge(key, fresh, (old, now) -> old.version() > now.version() ? old : now);
    }

    private record Kept<T>(long version, T value) {
    }
}
