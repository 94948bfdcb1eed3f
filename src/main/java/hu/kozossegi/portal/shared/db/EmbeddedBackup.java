package hu.kozossegi.portal.shared.db;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.channels.FileLock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Online backup and restore of the embedded PostgreSQL, with nothing but the portal's jar (the embedded server is
 * PostgreSQL 18 and has no {@code pg_dump} or {@code pg_basebackup}).
 * <p>
 * Backup ({@code --portal.backup.to=<folder>}): a separate process finds the running server through the data
 * folder's {@code postmaster.pid} (its port), connects as {@code postgres} (trust on loopback), reserves the WAL
 * with a temporary physical replication slot, calls {@code pg_backup_start}, copies the data folder, calls
 * {@code pg_backup_stop}, copies the WAL segments from the backup's start to its end and writes the returned
 * label as {@code backup_label} (last: a folder without it is an unfinished backup). The result is a data folder.
 * <p>
 * Restore ({@code --portal.restore.from=<folder> --portal.embedded-db.data-dir=<empty folder>}): copies the
 * backup into an empty data folder; the next normal start of the portal on that folder recovers from
 * {@code backup_label} (replays the copied WAL) and serves the data as of the end of the backup.
 * <p>
 * Both run in {@code PortalApplication.main} before Spring starts: no web server, no Flyway, no second pool
 * against the live database.
 */
public final class EmbeddedBackup {

    public static final String BACKUP_TO = "--portal.backup.to=";
    public static final String RESTORE_FROM = "--portal.restore.from=";
    private static final String DATA_DIR = "--" + EmbeddedPostgresEnvironment.DATA_DIR + "=";
    private static final String DEFAULT_DATA_DIR = "data/postgres";
    private static final String SLOT = "portal_backup_" + ProcessHandle.current().pid();
    private static final Pattern START_WAL = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");

    /** Folders whose contents the server rebuilds at start (PostgreSQL's own base backup leaves them out too). */
    private static final Set<String> EMPTY_FOLDERS = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** Files of the running server, not of the data. */
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "epg-lock",
            "postgresql.auto.conf.tmp", "current_logfiles.tmp", "backup_label", "tablespace_map");

    private EmbeddedBackup() {
    }

    /** What a backup did, for the operator. */
    public record Result(Path folder, long files, long bytes, String stopLsn, int walSegments, long millis) {
    }

    /**
     * Runs the backup or restore command if the arguments ask for one: the exit code, or empty if the
     * arguments start the portal as usual.
     */
    public static OptionalInt command(String[] args, PrintStream out, PrintStream err) {
        Optional<String> backupTo = option(args, BACKUP_TO);
        Optional<String> restoreFrom = option(args, RESTORE_FROM);
        if (backupTo.isEmpty() && restoreFrom.isEmpty()) {
            return OptionalInt.empty();
        }
        if (externalDatabase(args)) {
            err.println("The portal uses an external PostgreSQL (spring.datasource.url is set): back it up with "
                    + "that server's pg_dump and restore with pg_restore (docs/operations.md).");
            return OptionalInt.of(2);
        }
        Path dataDir = dataDir(args);
        try {
            if (backupTo.isPresent()) {
                Result result = backup(dataDir, Path.of(backupTo.get()).toAbsolutePath().normalize(), () -> { });
                out.printf(Locale.ROOT, "Backup of %s written to %s: %d files, %d MB, %d WAL segments, "
                        + "consistent at LSN %s (%d ms)%n", dataDir, result.folder(), result.files(),
                        result.bytes() / (1024 * 1024), result.walSegments(), result.stopLsn(), result.millis());
            }
            else {
                Path from = Path.of(restoreFrom.get()).toAbsolutePath().normalize();
                restore(from, dataDir);
                out.printf(Locale.ROOT, "Backup %s restored into %s. Start the portal with "
                        + "--portal.embedded-db.data-dir=%s: it recovers from the backup at its first start.%n",
                        from, dataDir, dataDir);
            }
            return OptionalInt.of(0);
        }
        catch (BackupException ex) {
            err.println(ex.getMessage());
            return OptionalInt.of(1);
        }
        catch (SQLException | IOException | UncheckedIOException ex) {
            err.println((backupTo.isPresent() ? "Backup" : "Restore") + " failed: " + ex);
            return OptionalInt.of(1);
        }
    }

    /**
     * Backs up the server running on {@code dataDir} into {@code target} (absent or empty). {@code beforeStop}
     * runs after the files are copied, before {@code pg_backup_stop} (tests: what was committed by then is in
     * the backup).
     */
    static Result backup(Path dataDir, Path target, Runnable beforeStop) throws IOException, SQLException {
        long started = System.nanoTime();
        requireApart(dataDir, target);
        requireEmptyOrAbsent(target, "The backup folder");
        List<String> pidFile = readPidFile(dataDir);
        String url = "jdbc:postgresql://" + host(pidFile) + ":" + pidFile.get(3).trim() + "/postgres";
        Files.createDirectories(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        Copy copy = new Copy(true);
        String stopLsn;
        int segments;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            // Keeps every WAL segment from here on until this session ends, whatever checkpoints happen meanwhile.
            statement.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true, true)");
            statement.execute("SELECT pg_backup_start('portal " + java.time.Instant.now() + "', true)");
            copy.tree(dataDir, target, dataDir);
            beforeStop.run();
            String label;
            String tablespaceMap;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                rs.next();
                stopLsn = rs.getString(1);
                label = rs.getString(2);
                tablespaceMap = rs.getString(3);
            }
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                throw new BackupException("The database uses tablespaces outside its data folder ("
                        + tablespaceMap.strip() + "); this backup copies only the data folder. Use pg_basebackup.");
            }
            String stopSegment;
            try (ResultSet rs = statement.executeQuery("SELECT pg_walfile_name('" + stopLsn + "'::pg_lsn)")) {
                rs.next();
                stopSegment = rs.getString(1);
            }
            segments = copyWal(dataDir, target, startSegment(label), stopSegment, copy);
            // Last: a folder with backup_label is a finished backup.
            Path labelFile = target.resolve("backup_label");
            Files.writeString(labelFile, label);
            copy.files++;
            copy.bytes += Files.size(labelFile);
        }
        return new Result(target, copy.files, copy.bytes, stopLsn, segments, (System.nanoTime() - started) / 1_000_000);
    }

    /** Copies a finished backup into {@code dataDir}, which must be absent or empty and not in use. */
    static void restore(Path backup, Path dataDir) throws IOException {
        if (!Files.isRegularFile(backup.resolve("backup_label")) || !Files.isRegularFile(backup.resolve("PG_VERSION"))) {
            throw new BackupException(backup + " is not a finished backup of the portal (no backup_label or "
                    + "PG_VERSION); a backup that was interrupted cannot be restored.");
        }
        requireApart(backup, dataDir);
        requireEmptyOrAbsent(dataDir, "The data folder to restore into");
        FileLock lock = EmbeddedPostgresServer.lock(dataDir);
        try {
            Files.createDirectories(dataDir);
            new Copy(false).tree(backup, dataDir, backup);
            // PostgreSQL refuses a data folder others may read.
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        }
        finally {
            lock.release();
            lock.channel().close();
        }
    }

    private static int copyWal(Path dataDir, Path target, String startSegment, String stopSegment, Copy copy)
            throws IOException {
        Path from = dataDir.resolve("pg_wal");
        Path to = target.resolve("pg_wal");
        int segments = 0;
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean segment = WAL_SEGMENT.matcher(name).matches()
                        && name.compareTo(startSegment) >= 0 && name.compareTo(stopSegment) <= 0;
                if (segment || name.endsWith(".history")) {
                    copy.file(file, to.resolve(name));
                    segments += segment ? 1 : 0;
                }
            }
        }
        if (!Files.exists(to.resolve(stopSegment))) {
            throw new BackupException("The WAL segment " + stopSegment + " that ends the backup is missing in " + from);
        }
        return segments;
    }

    private static String startSegment(String label) {
        Matcher matcher = START_WAL.matcher(label);
        if (!matcher.find()) {
            throw new BackupException("Unexpected backup label from the server: " + label);
        }
        return matcher.group(1);
    }

    /** The server's {@code postmaster.pid}: pid, data folder, start time, port, socket folder, listen address. */
    private static List<String> readPidFile(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        if (lines.size() < 4 || OrphanedPostmaster.pid(dataDir).filter(OrphanedPostmaster::alive).isEmpty()) {
            throw new BackupException("No embedded PostgreSQL runs on " + dataDir + " (no live postmaster.pid). The "
                    + "backup is online: start the portal first, or pass the portal's "
                    + "--portal.embedded-db.data-dir=...");
        }
        return lines;
    }

    private static String host(List<String> pidFile) {
        String listen = pidFile.size() > 5 ? pidFile.get(5).trim() : "";
        if (listen.isEmpty() || listen.equals("*") || listen.equals("0.0.0.0") || listen.equals("::")) {
            return "localhost";
        }
        String first = listen.split(",")[0].trim();
        return first.contains(":") ? "[" + first + "]" : first;
    }

    /** A copy into (or out of) its own source would never end. */
    private static void requireApart(Path source, Path target) {
        Path from = source.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (to.startsWith(from) || from.startsWith(to)) {
            throw new BackupException("The folders " + from + " and " + to + " must not lie inside each other.");
        }
    }

    private static void requireEmptyOrAbsent(Path folder, String what) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new BackupException(what + " " + folder + " is a file");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException(what + " " + folder + " is not empty; choose a new or empty folder.");
            }
        }
    }

    private static Optional<String> option(String[] args, String prefix) {
        return Stream.of(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .filter(value -> !value.isBlank()).reduce((first, second) -> second);
    }

    /** The data folder as the portal would find it: argument, system property, environment, default. */
    static Path dataDir(String[] args) {
        String value = option(args, DATA_DIR)
                .or(() -> Optional.ofNullable(System.getProperty(EmbeddedPostgresEnvironment.DATA_DIR)))
                .or(() -> Optional.ofNullable(System.getenv("PORTAL_EMBEDDED_DB_DATA_DIR")))
                .orElse(DEFAULT_DATA_DIR);
        return Path.of(value).toAbsolutePath().normalize();
    }

    private static boolean externalDatabase(String[] args) {
        return option(args, "--spring.datasource.url=").isPresent()
                || Optional.ofNullable(System.getenv("SPRING_DATASOURCE_URL")).filter(s -> !s.isBlank()).isPresent();
    }

    /** Copies a data folder, leaving out what the server rebuilds; counts what it copied. */
    private static final class Copy {

        /** Copying a running server's folder (backup) leaves out what it rebuilds; a restore copies all. */
        final boolean live;
        long files;
        long bytes;

        Copy(boolean live) {
            this.live = live;
        }

        void tree(Path from, Path to, Path root) throws IOException {
            Files.createDirectories(to);
            List<Path> entries;
            try (Stream<Path> list = Files.list(from)) {
                entries = list.sorted().toList();
            }
            catch (NoSuchFileException ex) {
                return; // a folder dropped while copying (a dropped database): recovery drops it too
            }
            boolean top = from.equals(root);
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (live && (name.startsWith("pgsql_tmp") || name.startsWith("pg_internal.init")
                        || (top && SKIPPED_FILES.contains(name)))) {
                    continue;
                }
                Path destination = to.resolve(name);
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (live && top && EMPTY_FOLDERS.contains(name)) {
                        Files.createDirectories(destination);
                        if (name.equals("pg_wal")) {
                            Files.createDirectories(destination.resolve("archive_status"));
                        }
                    }
                    else {
                        tree(entry, destination, root);
                    }
                }
                else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    file(entry, destination);
                }
            }
        }

        void file(Path from, Path to) throws IOException {
            try {
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                files++;
                bytes += Files.size(to);
            }
            catch (NoSuchFileException ex) {
                // Removed while copying (a dropped table, a recycled segment): WAL replay accounts for it.
            }
            catch (FileAlreadyExistsException | DirectoryNotEmptyException ex) {
                throw new BackupException("Cannot write " + to + ": " + ex.getMessage());
            }
        }
    }

    /** A refusal or failure with a message for the operator. */
    static final class BackupException extends RuntimeException {

        BackupException(String message) {
            super(message);
        }
    }
}
