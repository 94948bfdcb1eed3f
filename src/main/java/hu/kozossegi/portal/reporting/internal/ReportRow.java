package hu.kozossegi.portal.reporting.internal;

import java.util.Map;

/**
 * One row of the county table: a county, a region subtotal or the national total, with every indicator and
 * the county's targets. Targets are set per county only: region and national rows have none (they show how
 * many of their counties met the target, {@link AnnualReport#targetsMet(ReportRow, Indicator)}); summed targets
 * that snapshots of years closed before this rule may still carry are ignored.
 */
public record ReportRow(Kind kind, String code, String name, int regionId, Map<Indicator, Long> values,
        Map<TargetIndicator, Target> targets) {

    public enum Kind { COUNTY, REGION, NATIONAL }

    public long value(Indicator indicator) {
        Long value = values.get(indicator);
        return value == null ? 0 : value;
    }

    /** The county's target of an indicator, or null (always null for region and national rows). */
    public Target target(Indicator indicator) {
        TargetIndicator target = TargetIndicator.of(indicator);
        return target == null || kind != Kind.COUNTY || targets == null ? null : targets.get(target);
    }

    public TargetStatus status(Indicator indicator) {
        Target target = target(indicator);
        return target == null ? null : target.status(value(indicator));
    }

    public Integer percent(Indicator indicator) {
        Target target = target(indicator);
        return target == null ? null : target.percent(value(indicator));
    }

    public boolean county() {
        return kind == Kind.COUNTY;
    }

    public boolean national() {
        return kind == Kind.NATIONAL;
    }
}
