package hu.kozossegi.portal.reporting.web;

import java.util.List;

import hu.kozossegi.portal.reporting.internal.OpenPoints;

/** The completeness check's national row: sums of the county rows (counts of records, so adding is exact). */
record OpenTotals(long pastScheduled, long heldWithoutAttendance, long runningWithoutNote, long countiesWithoutTargets) {

    static OpenTotals of(List<OpenPoints> rows) {
        return new OpenTotals(rows.stream().mapToLong(OpenPoints::pastScheduled).sum(),
                rows.stream().mapToLong(OpenPoints::heldWithoutAttendance).sum(),
                rows.stream().mapToLong(OpenPoints::runningWithoutNote).sum(),
                rows.stream().filter(OpenPoints::targetsMissing).count());
    }
}
