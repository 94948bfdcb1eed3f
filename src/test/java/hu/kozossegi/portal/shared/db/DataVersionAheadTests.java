package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link DataVersion#keptAhead}: 8 callers arriving together at an empty key compute once; after a write, 8 callers
 * arriving together get the kept value at once and start one recomputation, which the next caller sees.
 */
@PortalIntegrationTest
class DataVersionAheadTests {

    private static final int CALLERS = 8;

    @Autowired
    JdbcClient jdbc;

    private final Queue<Runnable> background = new ConcurrentLinkedQueue<>();
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void callersArrivingTogetherComputeOnceAndNeverWaitForARecomputation() throws Exception {
        DataVersion versions = new DataVersion(jdbc, background::add);
        String cache = "ahead-" + System.nanoTime();

        List<String> first = together(() -> versions.keptAhead(cache, "k", this::slowComputation));
        assertThat(first).hasSize(CALLERS).containsOnly("value 1");
        assertThat(computations).hasValue(1);
        assertThat(background).isEmpty();

        jdbc.sql("UPDATE report_data_version SET version = version + 1").update();
        List<String> afterWrite = together(() -> versions.keptAhead(cache, "k", this::slowComputation));
        // Nobody waited for the new value: all got the kept one, and one recomputation was queued, not eight.
        assertThat(afterWrite).containsOnly("value 1");
        assertThat(computations).hasValue(1);
        assertThat(background).hasSize(1);

        background.poll().run();
        assertThat(computations).hasValue(2);
        assertThat(versions.keptAhead(cache, "k", this::slowComputation)).isEqualTo("value 2");
        assertThat(background).isEmpty();
        // Current again: reused, nothing recomputed.
        assertThat(versions.keptAhead(cache, "k", this::slowComputation)).isEqualTo("value 2");
        assertThat(computations).hasValue(2);
        assertThat(background).isEmpty();
    }

    @Test
    void aFailedRecomputationIsTriedAgainByTheNextCaller() {
        DataVersion versions = new DataVersion(jdbc, background::add);
        String cache = "ahead-" + System.nanoTime();
        assertThat(versions.keptAhead(cache, "k", () -> "kept")).isEqualTo("kept");
        jdbc.sql("UPDATE report_data_version SET version = version + 1").update();

        String shown = versions.keptAhead(cache, "k", () -> {
            throw new IllegalStateException("failed");
        });
        assertThat(shown).isEqualTo("kept");
        Runnable failing = background.poll();
        try {
            failing.run();
        } catch (IllegalStateException expected) {
            // the background thread's failure; the kept value stays
        }
        assertThat(versions.keptAhead(cache, "k", () -> "fresh")).isEqualTo("kept");
        background.poll().run();
        assertThat(versions.keptAhead(cache, "k", () -> "again")).isEqualTo("fresh");
    }

    private String slowComputation() {
        int n = computations.incrementAndGet();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "value " + n;
    }

    private static List<String> together(java.util.concurrent.Callable<String> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CALLERS);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<String> values = new ArrayList<>();
            for (Future<String> f : futures) {
                values.add(f.get(30, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }
}
