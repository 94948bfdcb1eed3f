package hu.kozossegi.portal.reporting.internal;

import java.util.Map;

/**
 * The targets of one year: county code → indicator → range (absent = no target), with the version that
 * guards concurrent edits ({@code -1} when the year has no targets yet).
 */
public record TargetGrid(int year, Map<String, Map<TargetIndicator, Target>> byCounty, long version) {

    public Target find(String countyCode, TargetIndicator indicator) {
        Map<TargetIndicator, Target> county = byCounty.get(countyCode);
        return county == null ? null : county.get(indicator);
    }

    public boolean isEmpty() {
        return byCounty.values().stream().allMatch(Map::isEmpty);
    }
}
