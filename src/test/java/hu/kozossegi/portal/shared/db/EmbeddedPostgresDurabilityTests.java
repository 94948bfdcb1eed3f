package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run mode's server settings, and a server left behind by a killed portal. */
class EmbeddedPostgresDurabilityTests {

    /** One data directory for the class: initdb with fsync on takes seconds. */
    @TempDir
    static Path temp;

    @Test
    void theRunModeServerConfirmsACommitOnlyOnceItIsOnDisk() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.launch(temp.resolve("run"), true, 0)) {
            assertThat(show(postgres, "synchronous_commit")).isEqualTo("on");
            assertThat(show(postgres, "fsync")).isEqualTo("on");
            assertThat(show(postgres, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void testsTradeDurabilityForSpeed() {
        assertThat(EmbeddedPostgresServer.settings(false))
                .containsEntry("synchronous_commit", "off").containsEntry("fsync", "off");
    }

    @Test
    void aServerLeftRunningOnTheDataDirectoryIsStoppedBeforeTheNextStart() throws Exception {
        Path dataDir = temp.resolve("run");
        EmbeddedPostgresServer.launch(dataDir, true, 0).close();
        // What a killed portal leaves behind: a postmaster on the data directory that nobody owns.
        // unshare -U as the library does: PostgreSQL refuses to run as root, and these machines run as root.
        Process orphan = new ProcessBuilder("unshare", "-U", binary("postgres").toString(), "-D", dataDir.toString(),
                "-c", "listen_addresses=", "-c", "port=" + freePort())
                .redirectErrorStream(true).redirectOutput(temp.resolve("postgres.log").toFile()).start();
        while (OrphanedPostmaster.pid(dataDir).isEmpty() && orphan.isAlive()) {
            Thread.sleep(50);
        }
        long pid = OrphanedPostmaster.pid(dataDir).orElseThrow();
        assertThat(pid).isEqualTo(orphan.pid());

        long started = System.nanoTime();
        OrphanedPostmaster.stopIfRunning(dataDir, LogFactory.getLog(getClass()));

        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to stop the orphan").isLessThan(10_000);
        Optional<ProcessHandle> after = ProcessHandle.of(pid);
        assertThat(after.isEmpty() || !after.get().isAlive()).as("orphan stopped").isTrue();
        try (EmbeddedPostgres next = EmbeddedPostgresServer.launch(dataDir, true, 0)) {
            assertThat(show(next, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void aDataDirectoryWithoutServerIsLeftAlone() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n");
        OrphanedPostmaster.stopIfRunning(dataDir, LogFactory.getLog(getClass()));
        assertThat(dataDir.resolve("postmaster.pid")).exists();
    }

    /** The library's PostgreSQL binaries, extracted by the first start. */
    private static Path binary(String name) throws IOException {
        Path root = Path.of(System.getProperty("ot.epg.working-dir", System.getProperty("java.io.tmpdir") + "/embedded-pg"));
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(dir -> dir.resolve("bin").resolve(name)).filter(Files::isExecutable).findFirst().orElseThrow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String show(EmbeddedPostgres postgres, String setting) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
