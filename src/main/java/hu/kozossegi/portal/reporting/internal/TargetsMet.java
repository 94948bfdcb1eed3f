package hu.kozossegi.portal.reporting.internal;

/**
 * How a region or the nation stands against the county targets of one indicator: of the {@code counties} that
 * have a target, {@code met} reached its minimum (DESIGN.md section 3: targets are per county only, so a region
 * or national row never has a summed target or a percent).
 */
public record TargetsMet(int met, int counties) {

    /** Whether any county of the row has a target for the indicator. */
    public boolean any() {
        return counties > 0;
    }
}
