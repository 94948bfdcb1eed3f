package hu.kozossegi.portal.reporting.internal;

import java.time.Instant;
import java.util.List;

/** Whether a report year is closed, by whom and when, and the history of closing and reopening it. */
public record YearState(int year, boolean closed, Instant closedAt, String closedBy, List<Change> history) {

    /** One closing or reopening, newest first in {@link #history()}. */
    public record Change(String action, String reason, String doneBy, Instant doneAt) {
    }
}
