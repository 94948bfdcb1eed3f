package hu.kozossegi.portal.capacity.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import hu.kozossegi.portal.capacity.internal.CapacityQueries.ProgrammeInfo;

/**
 * A programme's report over its whole period, for its funder: actual against target, the capacity change from
 * entry to exit per dimension, and the development-plan milestones. Every figure names the list behind it.
 */
public record ProgrammeReport(ProgrammeInfo programme, List<Line> lines, List<DimensionChange> capacity,
        long assessedAtEntry, long assessedAtExit, Milestones milestones) {

    /** Read-only: a report is kept by data version and shared by the requests that view it. */
    public ProgrammeReport {
        lines = List.copyOf(lines);
        capacity = List.copyOf(capacity);
    }

    /**
     * One line of actual against target. {@code countyCode} is set for the per-county lines of organisations
     * enrolled; {@code total} marks the line of the whole programme for that indicator.
     */
    public record Line(ProgrammeIndicator indicator, String countyCode, String countyName, boolean total,
            BigDecimal actual, Integer target) {

        /** Actual as a whole percent of the target, rounded half up; none when no target or a target of 0. */
        public Integer percent() {
            if (target == null || target == 0) {
                return null;
            }
            return actual.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(target), 0, RoundingMode.HALF_UP)
                    .intValue();
        }

        public boolean met() {
            return target != null && actual.compareTo(BigDecimal.valueOf(target)) >= 0;
        }

        /** The list behind the actual figure (its count, or for training hours its sum, is the figure). */
        public String figure() {
            return switch (indicator) {
                case ORGANISATIONS_ENROLLED -> "enrolled";
                case TRAININGS_HELD, TRAINING_HOURS -> "trainings";
                case PARTICIPANTS -> "participants";
                case MENTORING_SESSIONS -> "mentoring";
                case INITIATIVES_REALISED -> "initiatives";
                case OUTCOMES -> "outcomes";
                case PRACTICES_TAKEN_UP -> "takeups";
            };
        }
    }

    /**
     * The change of one dimension over the organisations assessed both at entry and at exit: how many improved,
     * stayed and fell back, the average scores and the average change (two decimals).
     */
    public record DimensionChange(Dimension dimension, long assessed, long improved, long same, long worse,
            BigDecimal averageEntry, BigDecimal averageExit, BigDecimal averageChange) {
    }

    /** The development-plan milestones of the programme's enrolments: all, done (of which by the due day), not yet. */
    public record Milestones(long total, long done, long doneOnTime, long open) {
    }
}
