package hu.kozossegi.portal.reporting.internal;

/** A target range: at least {@code min}, and at most {@code max} when a maximum is set. */
public record Target(int min, Integer max) {

    public Target {
        if (min < 0 || (max != null && max < min)) {
            throw new IllegalArgumentException("bad target range " + min + "-" + max);
        }
    }

    public TargetStatus status(long actual) {
        if (actual < min) {
            return TargetStatus.BELOW;
        }
        return max != null && actual > max ? TargetStatus.ABOVE : TargetStatus.WITHIN;
    }

    /** Actual as a whole percent of the minimum (rounded half up); null when the minimum is 0. */
    public Integer percent(long actual) {
        if (min == 0) {
            return null;
        }
        return (int) ((actual * 200 + min) / (2L * min));
    }

    public String label() {
        return max == null ? "≥ " + min : (max.equals(min) ? String.valueOf(min) : min + "–" + max);
    }
}
