package hu.kozossegi.portal.activities.internal;

import java.time.LocalDate;

/** Filters of the event list; every field optional. */
public record EventFilter(EventKind kind, String countyCode, EventStatus status, LocalDate from, LocalDate to,
        String q) {
}
