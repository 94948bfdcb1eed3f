package hu.kozossegi.portal.shared.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Concurrent computations of a value kept at a data version ({@link DataVersion}) run once: the first request that
 * misses computes it, the others that read the same version (or an older one) meanwhile wait for its result instead
 * of computing it again (a cache stampede: eight first views of a report after a write each ran the figures'
 * statements and emptied the connection pool). Exact: a request joins only a computation started at its version or
 * a newer one, which read its data after that version; one that read a newer version starts its own.
 *
 * @param <K> what is computed (a report year, a list's filter)
 * @param <V> the value
 */
public final class SingleFlight<K, V> {

    private final ConcurrentMap<K, Flight<V>> running = new ConcurrentHashMap<>();

    /**
     * The value of {@code key} at {@code version} or newer: the result of a computation of the key running now from
     * that version or a newer one, otherwise {@code compute} run in this thread (which others then join). An
     * exception of the computation is thrown in every thread that waited for it.
     */
    public V get(K key, long version, Supplier<V> compute) {
        Flight<V> mine = new Flight<>(version, new CompletableFuture<>());
        Flight<V> flight = running.compute(key,
                (k, other) -> other != null && other.version() >= version ? other : mine);
        if (flight != mine) {
            return await(flight.result());
        }
        try {
            V value = compute.get();
            mine.result().complete(value);
            return value;
        }
        catch (RuntimeException | Error ex) {
            mine.result().completeExceptionally(ex);
            throw ex;
        }
        finally {
            running.remove(key, mine);
        }
    }

    private static <V> V await(CompletableFuture<V> result) {
        try {
            return result.join();
        }
        catch (CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (ex.getCause() instanceof Error cause) {
                throw cause;
            }
            throw ex;
        }
    }

    private record Flight<V>(long version, CompletableFuture<V> result) {
    }
}
