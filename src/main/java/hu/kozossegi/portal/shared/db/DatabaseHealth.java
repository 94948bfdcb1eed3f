package hu.kozossegi.portal.shared.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}: a query that must answer within 1.5 s, so a health check
 * (a load balancer's, compose's) learns of an outage within 2 s instead of after the pool's wait.
 */
@Component("db")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    static final long LIMIT_MS = 1_500;

    private final JdbcClient jdbc;
    private final ExecutorService checks = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        CompletableFuture<Integer> check = CompletableFuture.supplyAsync(
                () -> jdbc.sql("SELECT 1").query(Integer.class).single(), checks);
        try {
            check.get(LIMIT_MS, TimeUnit.MILLISECONDS);
            return Health.up().build();
        }
        catch (TimeoutException ex) {
            check.cancel(true);
            return Health.down().withDetail("error", "no answer within " + LIMIT_MS + " ms").build();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        }
        catch (Exception ex) {
            return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
