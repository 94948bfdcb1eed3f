package hu.kozossegi.portal.initiatives.internal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Someone else saved the record (initiative, programme, outcome or note) after the user opened the form. */
public class VersionConflictException extends RuntimeException {

    private final long currentVersion;

    public VersionConflictException(long currentVersion) {
        super("changed meanwhile, now at version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    /** Throws unless the stored version is still the one the user's form started from. */
    static void check(long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new VersionConflictException(storedVersion);
        }
    }

    /** Runs a flushing write; a concurrent commit that slipped in after {@link #check} becomes this conflict too. */
    static void whileWriting(long expectedVersion, Runnable write) {
        try {
            write.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new VersionConflictException(expectedVersion + 1);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }
}
