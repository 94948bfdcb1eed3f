package hu.kozossegi.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A real PostgreSQL stopped under a pool configured as the portal's (application.properties): a request gets the
 * 503 page with Retry-After within 3.5 s, and service comes back without a restart once PostgreSQL is up again.
 */
class DatabaseOutageTests {

    @TempDir
    Path temp;

    static HikariDataSource pool(int port) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
        pool.setUsername("postgres");
        pool.setConnectionTimeout(2500);
        pool.setValidationTimeout(1000);
        pool.setMaximumPoolSize(2);
        pool.addDataSourceProperty("connectTimeout", "2");
        return pool;
    }

    static EmbeddedPostgres postgres(Path dataDir, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void whileTheDatabaseIsAwayUsersGetA503QuicklyAndServiceComesBackByItself() throws Exception {
        int port = freePort();
        Path dataDir = temp.resolve("pg");
        EmbeddedPostgres postgres = postgres(dataDir, port);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        DatabaseUnavailablePage page = new DatabaseUnavailablePage(messages);
        try (HikariDataSource pool = pool(port)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            assertThat(request(page, jdbc).getStatus()).isEqualTo(200);

            postgres.close();
            long started = System.nanoTime();
            MockHttpServletResponse away = request(page, jdbc);
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertThat(away.getStatus()).isEqualTo(503);
            assertThat(away.getHeader("Retry-After")).isEqualTo("30");
            assertThat(away.getContentAsString()).contains("The database is unavailable for a moment");
            assertThat(ms).as("ms until the 503").isLessThan(3_500);

            postgres = postgres(dataDir, port);
            assertThat(request(page, jdbc).getStatus()).as("back without a restart").isEqualTo(200);
        }
        finally {
            postgres.close();
        }
    }

    @Test
    void otherFailuresAreNotMistakenForAnOutage() {
        assertThat(DatabaseUnavailablePage.isDatabaseDown(new IllegalStateException("rule"))).isFalse();
        assertThat(DatabaseUnavailablePage.isDatabaseDown(
                new RuntimeException(new java.sql.SQLException("bad", "42601")))).isFalse();
        assertThat(DatabaseUnavailablePage.isDatabaseDown(
                new RuntimeException(new java.sql.SQLException("gone", "08006")))).isTrue();
    }

    private static MockHttpServletResponse request(DatabaseUnavailablePage page, JdbcClient jdbc) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/initiatives");
        MockHttpServletResponse response = new MockHttpServletResponse();
        page.doFilter(request, response, (req, res) -> jdbc.sql("SELECT 1").query(Integer.class).single());
        return response;
    }
}
