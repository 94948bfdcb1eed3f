package hu.kozossegi.portal.shared.years;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which report years are closed, and the one place that applies the period lock of DESIGN.md section 1 to
 * county staff (the national office may still correct anything):
 * <ul>
 * <li>a record dated in a closed year (outcome, progress note, event and its attendance, exchange visit) can
 * be neither created, changed nor deleted, nor moved into or out of a closed year:
 * {@link #checkDatedRecord};</li>
 * <li>a long-lived record (initiative, settlement, worker) stays editable, but none of its dates may be set
 * into a closed year or moved out of one: {@link #checkLongLivedDate}.</li>
 * </ul>
 */
@Service
public class ReportYears {

    /** Message keys of the refusals; each takes the closed year as its argument. */
    public static final String DATED_RECORD = "yearLock.error.datedRecord";
    public static final String INTO_CLOSED = "yearLock.error.intoClosed";
    public static final String FIXED_DATE = "yearLock.error.fixedDate";

    private final JdbcClient jdbc;

    ReportYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isClosed(int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM report_year WHERE year = ? AND closed)")
                .param(year).query(Boolean.class).single();
    }

    /** Every closed year, read at once: for pages that offer changes only where county staff may still make them. */
    public Set<Integer> closedYears() {
        return Set.copyOf(jdbc.sql("SELECT year FROM report_year WHERE closed").query(Integer.class).list());
    }

    /** The closed years that bind this writer, in order (none for the national office): for the forms' notices. */
    public List<Integer> lockedFor(boolean nationalOffice) {
        return nationalOffice ? List.of()
                : jdbc.sql("SELECT year FROM report_year WHERE closed ORDER BY year").query(Integer.class).list();
    }

    /** The closed year {@code date} falls in, when it binds this writer; null otherwise (also for a null date). */
    public Integer lockedYearOf(LocalDate date, boolean nationalOffice) {
        return date != null && !nationalOffice && isClosed(date.getYear()) ? date.getYear() : null;
    }

    /** Of the given dates of a long-lived record, those in a closed year that binds this writer. */
    public List<FixedDate> fixedDates(boolean nationalOffice, FixedDate... dates) {
        return Arrays.stream(dates).filter(d -> lockedYearOf(d.date(), nationalOffice) != null).toList();
    }

    /**
     * Throws {@link YearClosedException} when {@code date} falls in a closed year and the writer is not the
     * national office. A null date is always allowed. For writes without a form field (a plain 409 page).
     */
    public void checkOpenForCountyStaff(LocalDate date, boolean nationalOffice) {
        Integer locked = lockedYearOf(date, nationalOffice);
        if (locked != null) {
            throw new YearClosedException(locked);
        }
    }

    /**
     * A write of a record dated {@code stored} (null when new) to the date {@code typed} (null for a deletion):
     * refused at {@code field} when either date lies in a closed year.
     */
    public void checkDatedRecord(String field, LocalDate stored, LocalDate typed, boolean nationalOffice) {
        Integer locked = lockedYearOf(stored, nationalOffice);
        if (locked != null) {
            throw new YearClosedException(field, DATED_RECORD, locked);
        }
        locked = lockedYearOf(typed, nationalOffice);
        if (locked != null) {
            throw new YearClosedException(field, INTO_CLOSED, locked);
        }
    }

    /**
     * A date of a long-lived record changing from {@code stored} (null when new or unset) to {@code typed}:
     * an unchanged date always passes; a date in a closed year stays fixed, and none may be set into one.
     */
    public void checkLongLivedDate(String field, LocalDate stored, LocalDate typed, boolean nationalOffice) {
        if (Objects.equals(stored, typed)) {
            return;
        }
        Integer locked = lockedYearOf(stored, nationalOffice);
        if (locked != null) {
            throw new YearClosedException(field, FIXED_DATE, locked);
        }
        locked = lockedYearOf(typed, nationalOffice);
        if (locked != null) {
            throw new YearClosedException(field, INTO_CLOSED, locked);
        }
    }
}
