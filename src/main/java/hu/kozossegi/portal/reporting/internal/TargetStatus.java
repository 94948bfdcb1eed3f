package hu.kozossegi.portal.reporting.internal;

/** Where an actual figure stands against its target range. */
public enum TargetStatus {
    BELOW, WITHIN, ABOVE;

    public String cssClass() {
        return "target-" + name().toLowerCase();
    }
}
