package hu.kozossegi.portal.reporting.internal;

/** The indicators the national office sets county targets for. */
public enum TargetIndicator {
    NEW_INITIATIVES(Indicator.NEW_INITIATIVES),
    SETTLEMENTS_REACHED(Indicator.SETTLEMENTS_REACHED),
    WORKSHOPS_HELD(Indicator.WORKSHOPS_HELD),
    TRAININGS_HELD(Indicator.TRAININGS_HELD),
    VISITS_HELD(Indicator.VISITS_HELD);

    private final Indicator indicator;

    TargetIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public Indicator indicator() {
        return indicator;
    }

    /** The target indicator measuring {@code indicator}, or null when it has no target. */
    public static TargetIndicator of(Indicator indicator) {
        for (TargetIndicator target : values()) {
            if (target.indicator == indicator) {
                return target;
            }
        }
        return null;
    }
}
