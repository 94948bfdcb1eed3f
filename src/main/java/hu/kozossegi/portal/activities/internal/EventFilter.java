package hu.kozossegi.portal.activities.internal;

import java.time.LocalDate;

/**
 * Filters of the event list; every field optional. {@code year}: starting in that year (Hungarian time), as the
 * annual report counts events; {@code region}: organised by a county of that region.
 */
public record EventFilter(EventKind kind, String countyCode, Integer region, EventStatus status, Integer year,
        LocalDate from, LocalDate to, String q) {
}
