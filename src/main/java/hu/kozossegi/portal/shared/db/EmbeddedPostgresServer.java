package hu.kozossegi.portal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM. A lock file next to the data directory keeps a second process from
 * starting a server on the same files (which would corrupt them); that process fails with a clear message.
 * A server left running by a portal that was killed is stopped before the start. A server that dies while
 * the portal runs is reported ({@link #problem()}) and started again on the same port.
 * <p>
 * The server belongs to the application contexts that use it ({@link #use}, {@link #release(String)}):
 * the last one to close stops it, after its web server has stopped ({@link EmbeddedPostgresLifecycle}).
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final long RESTART_PAUSE_MS = 2_000;
    private static final long WATCH_INTERVAL_MS = 1_000;
    private static EmbeddedPostgresServer running;

    private final Path dataDir;
    private final boolean durable;
    private final FileLock lock;
    private final Set<String> users = new HashSet<>();
    private volatile EmbeddedPostgres postgres;
    /** The port, chosen before the server process starts, so that the data source URL is known at once. */
    private volatile int port;
    /** The server process being started (initdb on an empty folder, then pg_ctl start), see {@link #started()}. */
    private volatile Thread starting;
    private volatile RuntimeException failedStart;
    private volatile long startMillis;
    private volatile boolean stopping;
    private volatile String problem;

    private EmbeddedPostgresServer(Path dataDir, boolean durable, FileLock lock) {
        this.dataDir = dataDir;
        this.durable = durable;
        this.lock = lock;
    }

    /** A user's hold on the server: {@link #release(String)} with the token lets it go. */
    record Use(EmbeddedPostgresServer server, String token) {
    }

    /**
     * Starts the server on {@code dataDir}, or joins the one already running on it. {@code clean} (tests):
     * a fresh data directory and settings that trade durability for speed; otherwise every commit is on disk
     * before it is confirmed.
     */
    static Use use(Path dataDir, boolean clean, Log startLog) {
        Use use = useStarting(dataDir, clean, startLog);
        use.server().started();
        return use;
    }

    /**
     * As {@link #use}, but the server process starts in the background (the lock and an orphaned postmaster are
     * handled before this returns): the application's context is prepared meanwhile, and the first user of the
     * database ({@link EmbeddedPostgresStartWait}, before the data source) waits for {@link #started()}. On an
     * empty folder initdb and the Spring context share the two cores instead of taking turns.
     */
    static synchronized Use useStarting(Path dataDir, boolean clean, Log startLog) {
        EmbeddedPostgresServer server = start(dataDir, clean, startLog);
        String token = UUID.randomUUID().toString();
        server.users.add(token);
        return new Use(server, token);
    }

    private static EmbeddedPostgresServer start(Path dataDir, boolean clean, Log startLog) {
        if (running != null) {
            if (!running.dataDir.equals(dataDir)) {
                throw new IllegalStateException("An embedded PostgreSQL already runs on " + running.dataDir);
            }
            return running;
        }
        FileLock lock = lock(dataDir);
        try {
            OrphanedPostmaster.stopIfRunning(dataDir, startLog);
            if (clean) {
                deleteRecursively(dataDir);
            }
            Files.createDirectories(dataDir);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, !clean, lock);
            server.port = freePort();
            server.starting = new Thread(server::launchFirst, "embedded-postgres-start");
            server.starting.setDaemon(true);
            server.starting.start();
            running = server;
            return server;
        }
        catch (IOException | RuntimeException ex) {
            release(lock);
            throw new IllegalStateException("The embedded PostgreSQL could not start on " + dataDir + ": "
                    + ex.getMessage(), ex);
        }
    }

    private void launchFirst() {
        long started = System.nanoTime();
        try {
            postgres = launch(port);
            startMillis = (System.nanoTime() - started) / 1_000_000;
        }
        catch (IOException | RuntimeException ex) {
            failedStart = new IllegalStateException("The embedded PostgreSQL could not start on " + dataDir + ": "
                    + ex.getMessage(), ex);
        }
    }

    /**
     * Waits until the server started in the background runs (at once if it does); a failed start throws, lets the
     * lock go and leaves no server behind, as a failed start always did. Returns the start's duration in ms.
     */
    long started() {
        Thread thread = starting;
        if (thread != null) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                }
                catch (InterruptedException ex) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            synchronized (EmbeddedPostgresServer.class) {
                if (starting != null) {
                    starting = null;
                    if (failedStart != null) {
                        users.clear();
                        release(lock);
                        if (running == this) {
                            running = null;
                        }
                    }
                    else if (durable) {
                        // Not in tests: the library's JVM hook stops their server at exit, which is no death to repair.
                        watch();
                    }
                }
            }
        }
        if (failedStart != null) {
            throw failedStart;
        }
        return startMillis;
    }

    /** A free loopback port, as the library itself picks one (the window before the server binds it is short). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static synchronized Optional<EmbeddedPostgresServer> current() {
        return Optional.ofNullable(running);
    }

    /** Server settings: durable ones for the portal's data, fast ones for throw-away test data. */
    static Map<String, String> settings(boolean durable) {
        String value = durable ? "on" : "off";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("max_connections", "100");
        settings.put("fsync", value);
        settings.put("synchronous_commit", value);
        settings.put("full_page_writes", value);
        return settings;
    }

    private EmbeddedPostgres launch(int port) throws IOException {
        return launch(dataDir, durable, port);
    }

    /** Starts a server process on {@code dataDir} ({@code port} 0: a free one) with {@link #settings}. */
    static EmbeddedPostgres launch(Path dataDir, boolean durable, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // Tests keep the library's JVM hook as a safety net (a cached test context may never be closed);
                // the portal stops the server itself, after its web server (EmbeddedPostgresLifecycle).
                .setRegisterShutdownHook(!durable);
        settings(durable).forEach(builder::setServerConfig);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Releases a user; the last one stops the server. Releasing twice is harmless. */
    void release(String token) {
        synchronized (EmbeddedPostgresServer.class) {
            if (!users.remove(token) || !users.isEmpty()) {
                return;
            }
            stop();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/postgres";
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Why the server is not serving right now, or null while it runs. */
    String problem() {
        return problem;
    }

    /** Checks every second that the postmaster still runs (polling: a zombie never "exits" for onExit()). */
    private void watch() {
        Optional<Long> pid = OrphanedPostmaster.pid(dataDir);
        if (pid.isEmpty()) {
            log.warn("Cannot watch the embedded PostgreSQL: no {}/postmaster.pid", dataDir);
            return;
        }
        Thread watchdog = new Thread(() -> {
            while (!stopping && OrphanedPostmaster.alive(pid.get())) {
                try {
                    Thread.sleep(WATCH_INTERVAL_MS);
                }
                catch (InterruptedException ex) {
                    return;
                }
            }
            if (!stopping) {
                restartAfterDeath(pid.get());
            }
        }, "embedded-postgres-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void restartAfterDeath(long pid) {
        int port = port();
        problem = "The embedded PostgreSQL (pid " + pid + ") stopped unexpectedly";
        log.error("{} while the portal was running; starting it again on port {} with data in {}", problem, port,
                dataDir);
        closeQuietly();
        for (int attempt = 1; !stopping; attempt++) {
            try {
                Thread.sleep(attempt == 1 ? 200 : RESTART_PAUSE_MS);
                synchronized (this) {
                    if (stopping) {
                        return;
                    }
                    postgres = launch(port);
                }
                problem = null;
                log.warn("The embedded PostgreSQL runs again on port {} (attempt {})", port, attempt);
                watch();
                return;
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (IOException | RuntimeException ex) {
                problem = "The embedded PostgreSQL stopped and could not be started again: " + ex.getMessage();
                log.error("Starting the embedded PostgreSQL again failed (attempt {}), retrying", attempt, ex);
            }
        }
    }

    private synchronized void stop() {
        stopping = true;
        try {
            started();
        }
        catch (RuntimeException ex) {
            return; // nothing runs; the failed start let the lock go
        }
        long started = System.nanoTime();
        closeQuietly();
        release(lock);
        running = null;
        log.info("Embedded PostgreSQL stopped ({} ms)", (System.nanoTime() - started) / 1_000_000);
    }

    private void closeQuietly() {
        try {
            postgres.close();
        }
        catch (IOException | RuntimeException ex) {
            log.warn("Embedded PostgreSQL did not stop cleanly", ex);
        }
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
