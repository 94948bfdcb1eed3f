package hu.kozossegi.portal.reporting.internal;

import java.util.Map;

/**
 * One row of the county table: a county, a region subtotal or the national total, with every indicator and
 * the targets (county rows: the county's; region and national rows: the sum of their counties' targets).
 */
public record ReportRow(Kind kind, String code, String name, int regionId, Map<Indicator, Long> values,
        Map<TargetIndicator, Target> targets) {

    public enum Kind { COUNTY, REGION, NATIONAL }

    public long value(Indicator indicator) {
        Long value = values.get(indicator);
        return value == null ? 0 : value;
    }

    /** The target of an indicator, or null. */
    public Target target(Indicator indicator) {
        TargetIndicator target = TargetIndicator.of(indicator);
        return target == null ? null : targets.get(target);
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
