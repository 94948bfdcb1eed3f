package hu.kozossegi.portal.reporting.internal;

/** Someone else saved the same data since the form was opened; the save is refused, nothing overwritten. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else");
    }
}
