package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The health check says DOWN within 2 s of PostgreSQL stopping, and UP again once it is back. */
class DatabaseHealthTests {

    @TempDir
    Path temp;

    @Test
    void healthAnswersWithinTwoSecondsDuringAnOutage() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = temp.resolve("pg");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        pool.setUsername("postgres");
        pool.setConnectionTimeout(2500);
        pool.setValidationTimeout(1000);
        pool.addDataSourceProperty("connectTimeout", "2");
        DatabaseHealth health = new DatabaseHealth(JdbcClient.create(pool));
        try {
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            postgres.close();
            long started = System.nanoTime();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(2_000);
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                    .start();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        }
        finally {
            health.destroy();
            pool.close();
            postgres.close();
        }
    }
}
