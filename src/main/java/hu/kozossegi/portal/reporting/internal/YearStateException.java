package hu.kozossegi.portal.reporting.internal;

/** Closing a closed year or reopening an open one: the request came from a stale page. */
public class YearStateException extends RuntimeException {

    public YearStateException(int year, boolean closed) {
        super("report year " + year + (closed ? " is already closed" : " is not closed"));
    }
}
