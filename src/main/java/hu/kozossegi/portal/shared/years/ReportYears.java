package hu.kozossegi.portal.shared.years;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which report years are closed. County staff may not create, change or delete records dated in a closed
 * year (DESIGN.md section 1); callers check with {@link #checkOpenForCountyStaff} before such a write.
 */
@Service
public class ReportYears {

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

    /**
     * Throws {@link YearClosedException} when {@code date} falls in a closed year and the writer is not the
     * national office. A null date is always allowed.
     */
    public void checkOpenForCountyStaff(LocalDate date, boolean nationalOffice) {
        if (date != null && !nationalOffice && isClosed(date.getYear())) {
            throw new YearClosedException(date.getYear());
        }
    }
}
