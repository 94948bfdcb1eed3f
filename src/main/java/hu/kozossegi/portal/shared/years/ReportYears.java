package hu.kozossegi.portal.shared.years;

import java.time.LocalDate;

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
