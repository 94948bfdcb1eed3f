package hu.kozossegi.portal.shared.years;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

/**
 * A county staff write touched a closed report year (DESIGN.md section 1). It names the form field whose date
 * is refused, so the controller re-renders the form with the message at that field and the typed input kept
 * (409); thrown where there is no form, {@code PortalExceptionHandler} answers 409 with a plain page.
 */
public class YearClosedException extends FieldViolationException {

    private static final long serialVersionUID = 1L;

    private final int year;
    private final String messageKey;

    public YearClosedException(String field, String messageKey, int year) {
        super(field, messageKey, year);
        this.year = year;
        this.messageKey = messageKey;
    }

    /** A refusal that belongs to no single field. */
    public YearClosedException(int year) {
        this(null, ReportYears.DATED_RECORD, year);
    }

    public int year() {
        return year;
    }

    public String messageKey() {
        return messageKey;
    }
}
