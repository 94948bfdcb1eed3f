package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import hu.kozossegi.portal.PortalApplication;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Two instances started at the same moment on one empty database: both come up, the demo data is there once.
 * Both run in this JVM, where they share what two real instances (two JVMs) do not: Spring Boot's logging
 * system, one Logback context that each application resets and configures while it prepares. So each
 * application prepares (environment, logging) in turn, and the two refresh (Flyway) and run their start-up
 * work (the demo data, the initial account, {@link StartupLock}) together, released at the same moment.
 */
class ConcurrentStartTests {

    @Test
    void twoInstancesStartingTogetherBothComeUpAndSeedOnce() throws Exception {
        EmbeddedPostgresServer.Use use = EmbeddedPostgresServer.use(
                Path.of(System.getProperty("portal.embedded-db.data-dir", "target/test-postgres")).toAbsolutePath()
                        .normalize(),
                Boolean.getBoolean("portal.embedded-db.clean"), LogFactory.getLog(getClass()));
        String database = "startup_race_" + System.nanoTime();
        String admin = "jdbc:postgresql://localhost:" + use.server().port() + "/postgres";
        execute(admin, "CREATE DATABASE " + database);
        String url = "jdbc:postgresql://localhost:" + use.server().port() + "/" + database;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> started = new ArrayList<>();
        try {
            Semaphore preparing = new Semaphore(1);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> new SpringApplicationBuilder(PortalApplication.class).profiles("demo")
                        .listeners(new PrepareInTurnThenStartTogether(preparing, together))
                        .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                                "--spring.datasource.password=", "--server.port=0",
                                "--portal.reports.refresh-delay=1h")));
            }
            for (Future<ConfigurableApplicationContext> start : starts) {
                started.add(start.get(5, TimeUnit.MINUTES));
            }
            assertThat(started).allMatch(ConfigurableApplicationContext::isActive);
            assertThat(count(url, "SELECT count(*) FROM user_account WHERE username = 'national'")).isOne();
            assertThat(count(url, """
                    SELECT count(*) FROM (SELECT name, county_code FROM settlement
                    GROUP BY name, county_code HAVING count(*) > 1) twice""")).isZero();
            assertThat(count(url, "SELECT count(*) FROM settlement")).isPositive();
            assertThat(count(url, "SELECT count(*) FROM activity_event")).isPositive();
        }
        finally {
            started.forEach(ConfigurableApplicationContext::close);
            pool.shutdownNow();
            execute(admin, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            use.server().release(use.token());
        }
    }

    /**
     * Holds the turn from the start of one application until its context is prepared (after Boot's
     * {@code LoggingApplicationListener} has set up logging), then waits for the other one. Without it, the two
     * set up Logback at the same time: every line was logged twice, and now and then a start failed with
     * "Unable to find Spring Environment in logger context" (one application's reset removing the environment
     * the other had just put into the logger context), before any portal code ran.
     */
    private static final class PrepareInTurnThenStartTogether
            implements ApplicationListener<SpringApplicationEvent>, Ordered {

        private final Semaphore preparing;
        private final CyclicBarrier together;
        private boolean holding;

        PrepareInTurnThenStartTogether(Semaphore preparing, CyclicBarrier together) {
            this.preparing = preparing;
            this.together = together;
        }

        @Override
        public void onApplicationEvent(SpringApplicationEvent event) {
            if (event instanceof ApplicationStartingEvent) {
                preparing.acquireUninterruptibly();
                holding = true;
            }
            else if (event instanceof ApplicationPreparedEvent) {
                letGo();
                try {
                    together.await(2, TimeUnit.MINUTES);
                }
                catch (Exception ex) {
                    throw new IllegalStateException("The other instance did not get ready to start", ex);
                }
            }
            else if (event instanceof ApplicationFailedEvent) {
                letGo();
                together.reset();
            }
        }

        private void letGo() {
            if (holding) {
                holding = false;
                preparing.release();
            }
        }

        /** Before Boot's logging listener, so that its set-up at the start happens inside the turn too. */
        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
