package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The online backup of the embedded server: taken while the server runs and another connection writes, restored
 * into a fresh folder, a server started on it finds every row committed before the backup ended.
 */
class EmbeddedBackupTests {

    @TempDir
    Path temp;

    @Test
    void anOnlineBackupTakenDuringWritesRestoresEveryRowCommittedBeforeItEnded() throws Exception {
        Path live = temp.resolve("live");
        Path backup = temp.resolve("backup");
        Path restored = temp.resolve("restored");
        long committedBeforeStop;
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.launch(live, true, 0)) {
            DataSource db = postgres.getPostgresDatabase();
            try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note (id bigint PRIMARY KEY, body text NOT NULL)");
                // Several MB, so the copy takes a while and the writer changes pages while it runs.
                statement.execute("INSERT INTO note SELECT -g, repeat('ő', 200) FROM generate_series(1, 20000) g");
            }
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong committed = new AtomicLong();
            AtomicReference<Throwable> writerFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
                    for (long id = 1; writing.get(); id++) {
                        statement.execute("INSERT INTO note VALUES (" + id + ", 'row " + id + "')");
                        // Also updates old pages, which the copy may catch half-written.
                        statement.execute("UPDATE note SET body = 'changed " + id + "' WHERE id = -" + (id % 20000 + 1));
                        committed.set(id);
                    }
                }
                catch (Throwable ex) {
                    writerFailure.set(ex);
                }
            }, "backup-test-writer");
            writer.start();
            while (committed.get() < 50) {
                Thread.sleep(10);
            }
            AtomicLong atStop = new AtomicLong();
            EmbeddedBackup.Result result = EmbeddedBackup.backup(live, backup, () -> atStop.set(committed.get()));
            committedBeforeStop = atStop.get();
            Thread.sleep(200);
            writing.set(false);
            writer.join(10_000);
            assertThat(writerFailure.get()).as("the writer never failed").isNull();
            assertThat(committed.get()).as("the writer kept writing after the backup").isGreaterThan(committedBeforeStop);
            assertThat(result.walSegments()).isPositive();
            assertThat(backup.resolve("backup_label")).content().contains("START WAL LOCATION");
            assertThat(backup.resolve("postmaster.pid")).doesNotExist();
        }

        EmbeddedBackup.restore(backup, restored);
        try (EmbeddedPostgres postgres = EmbeddedPostgresServer.launch(restored, true, 0);
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            long max = single(statement, "SELECT coalesce(max(id), 0) FROM note WHERE id > 0");
            assertThat(max).as("rows committed before pg_backup_stop").isGreaterThanOrEqualTo(committedBeforeStop);
            assertThat(single(statement, "SELECT count(*) FROM note WHERE id > 0")).as("no gap: 1.." + max).isEqualTo(max);
            assertThat(single(statement, "SELECT count(*) FROM note WHERE id < 0")).isEqualTo(20000);
            assertThat(single(statement, "SELECT count(*) FROM note WHERE body LIKE 'changed %'"))
                    .as("updates before the stop").isGreaterThanOrEqualTo(Math.min(committedBeforeStop, 20000));
            assertThat(backup.resolve("backup_label")).as("the backup itself stays as it was").exists();
            statement.execute("INSERT INTO note VALUES (" + (max + 1) + ", 'after restore')");
            assertThat(single(statement, "SELECT count(*) FROM note WHERE body = 'after restore'")).isEqualTo(1);
        }
    }

    @Test
    void theCommandsRefuseWhatTheyCannotDoSafely() throws Exception {
        Path notRunning = Files.createDirectories(temp.resolve("stopped"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt exit = EmbeddedBackup.command(new String[] {"--portal.backup.to=" + temp.resolve("b"),
                "--portal.embedded-db.data-dir=" + notRunning}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).hasValue(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No embedded PostgreSQL runs on");

        Path notABackup = Files.createDirectories(temp.resolve("half"));
        Files.writeString(notABackup.resolve("PG_VERSION"), "18\n");
        assertThatThrownBy(() -> EmbeddedBackup.restore(notABackup, temp.resolve("new")))
                .hasMessageContaining("not a finished backup");

        Files.writeString(notABackup.resolve("backup_label"), "START WAL LOCATION: 0/2000028 (file 000000010000000000000002)\n");
        Path occupied = Files.createDirectories(temp.resolve("occupied"));
        Files.writeString(occupied.resolve("PG_VERSION"), "18\n");
        assertThatThrownBy(() -> EmbeddedBackup.restore(notABackup, occupied)).hasMessageContaining("is not empty");

        assertThatThrownBy(() -> EmbeddedBackup.backup(notRunning, notRunning.resolve("copy"), () -> { }))
                .hasMessageContaining("must not lie inside each other");

        assertThat(EmbeddedBackup.command(new String[] {"--server.port=8080"}, System.out, System.err)).isEmpty();
    }

    private static long single(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
