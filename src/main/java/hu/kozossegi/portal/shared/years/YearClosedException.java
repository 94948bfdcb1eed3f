package hu.kozossegi.portal.shared.years;

/** A county staff write touched a record dated in a closed report year. Answered with 409 and a plain page. */
public class YearClosedException extends RuntimeException {

    private final int year;

    public YearClosedException(int year) {
        super("report year " + year + " is closed");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
