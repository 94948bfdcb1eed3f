package hu.kozossegi.portal.shared.rules;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Someone else saved the record after the user opened the form. Answered with 409 and the field-by-field comparison, the typed input kept (docs/architecture.md, "Conflicts"). */
public class VersionConflictException extends RuntimeException {

    private final long currentVersion;

    public VersionConflictException(long currentVersion) {
        super("changed meanwhile, now at version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    /** Throws unless the stored version is still the one the user's form started from. */
    public static void check(long storedVersion, long expectedVersion) {
        if (storedVersion != expectedVersion) {
            throw new VersionConflictException(storedVersion);
        }
    }

    /** Runs a flushing write; a concurrent commit that slipped in after {@link #check} becomes this conflict too. */
    public static void whileWriting(long expectedVersion, Runnable write) {
        try {
            write.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new VersionConflictException(expectedVersion + 1);
        }
    }

    /**
     * Changes an entity the user's form started from at {@code expectedVersion}: {@link #check} against the stored
     * version, then {@code change} (the entity's own rules may still refuse it), then the flushing save under
     * {@link #whileWriting}.
     */
    public static <T> void updating(JpaRepository<T, ?> repository, T entity, long storedVersion,
            long expectedVersion, Runnable change) {
        check(storedVersion, expectedVersion);
        change.run();
        whileWriting(expectedVersion, () -> repository.saveAndFlush(entity));
    }

    /**
     * Deletes an entity the user confirmed at {@code expectedVersion}: {@link #check} against the stored version,
     * then the flushing delete under {@link #whileWriting}.
     */
    public static <T> void deleting(JpaRepository<T, ?> repository, T entity, long storedVersion,
            long expectedVersion) {
        check(storedVersion, expectedVersion);
        whileWriting(expectedVersion, () -> {
            repository.delete(entity);
            repository.flush();
        });
    }

    public long currentVersion() {
        return currentVersion;
    }
}
