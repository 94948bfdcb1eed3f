package hu.kozossegi.portal.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;

/**
 * A PostgreSQL left running on the portal's data directory by a portal that was killed (kill -9, power of the
 * JVM only): its {@code postmaster.pid} names a live {@code postgres} process. The caller holds the data
 * directory's lock, so no live portal uses that server: it is stopped (smart shutdown, its clients are gone)
 * before a new one starts on the same files.
 */
final class OrphanedPostmaster {

    private static final long SMART_STOP_SECONDS = 30;
    private static final long FORCED_STOP_SECONDS = 10;

    private OrphanedPostmaster() {
    }

    /** The pid the data directory's {@code postmaster.pid} names, if the file exists. */
    static Optional<Long> pid(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        }
        catch (IOException | NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process runs. A killed process whose parent does not reap it (an init that reaps nothing, as
     * in some containers) stays a zombie that {@link ProcessHandle#isAlive()} still counts as alive: on Linux
     * its state in {@code /proc/<pid>/stat} tells.
     */
    static boolean alive(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.isReadable(stat)) {
            try {
                String line = Files.readString(stat);
                int end = line.lastIndexOf(')');
                return end > 0 && line.length() > end + 2 && line.charAt(end + 2) != 'Z';
            }
            catch (IOException ex) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static void stopIfRunning(Path dataDir, Log log) {
        Optional<ProcessHandle> orphan = pid(dataDir).filter(OrphanedPostmaster::alive).flatMap(ProcessHandle::of)
                .filter(OrphanedPostmaster::isPostgres);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("A PostgreSQL (pid " + process.pid() + ") left running by a portal that did not stop cleanly "
                + "still holds " + dataDir + "; stopping it before starting again");
        long started = System.nanoTime();
        process.destroy();
        if (!waitFor(process, SMART_STOP_SECONDS)) {
            log.warn("The orphaned PostgreSQL (pid " + process.pid() + ") did not stop within " + SMART_STOP_SECONDS
                    + " s; killing it");
            process.destroyForcibly();
            if (!waitFor(process, FORCED_STOP_SECONDS)) {
                throw new IllegalStateException("The PostgreSQL (pid " + process.pid() + ") left running on "
                        + dataDir + " does not stop; stop it by hand");
            }
        }
        log.info("The orphaned PostgreSQL stopped (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("postgres")).orElse(true);
    }

    private static boolean waitFor(ProcessHandle process, long seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (alive(process.pid())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return !alive(process.pid());
            }
        }
        return true;
    }
}
