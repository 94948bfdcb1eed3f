package hu.kozossegi.portal.shared.db;

import java.nio.file.Path;

/** Another process already runs the portal's embedded PostgreSQL on the same data directory. */
public class EmbeddedDatabaseInUseException extends IllegalStateException {

    private final transient Path dataDir;

    public EmbeddedDatabaseInUseException(Path dataDir) {
        super("The embedded database in " + dataDir + " is already in use by another process");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
