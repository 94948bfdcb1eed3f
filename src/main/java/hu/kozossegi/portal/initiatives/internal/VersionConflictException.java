package hu.kozossegi.portal.initiatives.internal;

/** Someone else saved the record (initiative, programme, outcome or note) after the user opened the form. */
public class VersionConflictException extends RuntimeException {

    private final long currentVersion;

    public VersionConflictException(long currentVersion) {
        super("changed meanwhile, now at version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
