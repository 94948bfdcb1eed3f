package hu.kozossegi.portal.shared.years;

import java.time.LocalDate;

/** A date of a long-lived record that lies in a closed year and so stays as it is: the form says so up front. */
public record FixedDate(String labelKey, LocalDate date) {

    public int year() {
        return date.getYear();
    }
}
