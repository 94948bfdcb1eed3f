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
import java.util.concurrent.TimeUnit;

import hu.kozossegi.portal.PortalApplication;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances started at the same moment on one empty database: both come up, the demo data is there once. */
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
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> {
                    together.await();
                    return new SpringApplicationBuilder(PortalApplication.class).profiles("demo")
                            .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                                    "--spring.datasource.password=", "--server.port=0",
                                    "--portal.reports.refresh-delay=1h");
                }));
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
