package hu.kozossegi.portal.reporting.internal;

import java.time.LocalDate;

/**
 * What a county has left open in a report year before the year is closed: events in the past still
 * SCHEDULED, held events with no presence recorded, running initiatives without a progress note in the year,
 * and whether the national office has set the county's targets. {@code pastUntil} is the last day counted as
 * past (yesterday, or 31 December of a finished year), so a list filtered to it shows exactly the events counted.
 */
public record OpenPoints(int year, String countyCode, String countyName, long pastScheduled,
        long heldWithoutAttendance, long runningWithoutNote, boolean targetsMissing, LocalDate pastUntil) {

    public long total() {
        return pastScheduled + heldWithoutAttendance + runningWithoutNote + (targetsMissing ? 1 : 0);
    }

    public boolean anyOpen() {
        return total() > 0;
    }
}
