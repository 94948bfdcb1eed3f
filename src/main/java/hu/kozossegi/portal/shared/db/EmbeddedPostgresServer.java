package hu.kozossegi.portal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. A lock file next to the data directory keeps a second process from
 * starting a server on the same files (which would corrupt them); that process fails with a clear message.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static synchronized EmbeddedPostgresServer start(Path dataDir, boolean clean, Log startLog) {
        if (running != null) {
            if (!running.dataDir.equals(dataDir)) {
                throw new IllegalStateException("An embedded PostgreSQL already runs on " + running.dataDir);
            }
            return running;
        }
        FileLock lock = lock(dataDir);
        try {
            if (clean) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start();
            startLog.info("Embedded PostgreSQL started on port " + postgres.getPort() + " with data in " + dataDir
                    + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
            running = new EmbeddedPostgresServer(postgres, dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(lock), "embedded-postgres-stop"));
            return running;
        }
        catch (IOException ex) {
            release(lock);
            throw new UncheckedIOException("The embedded PostgreSQL could not start on " + dataDir, ex);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    static FileLock lock(Path dataDir) {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new EmbeddedDatabaseInUseException(dataDir);
            }
            return lock;
        }
        catch (OverlappingFileLockException ex) {
            throw new EmbeddedDatabaseInUseException(dataDir);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the lock file " + lockFile, ex);
        }
    }

    private static void stop(FileLock lock) {
        try {
            running.postgres.close();
        }
        catch (IOException ex) {
            log.warn("Embedded PostgreSQL did not stop cleanly", ex);
        }
        finally {
            release(lock);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
            lock.channel().close();
        }
        catch (IOException ex) {
            log.debug("Lock release failed", ex);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
