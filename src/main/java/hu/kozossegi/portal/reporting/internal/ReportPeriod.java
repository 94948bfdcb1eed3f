package hu.kozossegi.portal.reporting.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * Report year Y: 1 January to 31 December of Y. Dates compare with {@link #from()} and {@link #to()}; event
 * start times with the half-open instant range of the year in Hungarian time.
 */
public record ReportPeriod(int year) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Budapest");

    public LocalDate from() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return LocalDate.of(year, 12, 31);
    }

    public OffsetDateTime startInstant() {
        return from().atStartOfDay(ZONE).toOffsetDateTime();
    }

    public OffsetDateTime endInstant() {
        return from().plusYears(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** Named parameters every indicator query may use: year, from, to, fromTs, toTs. */
    public Map<String, Object> params() {
        return Map.of("year", year, "from", from(), "to", to(), "fromTs", startInstant(), "toTs", endInstant());
    }
}
