package hu.kozossegi.portal.geography.internal;

import hu.kozossegi.portal.geography.SettlementType;

/** The list's filters (all optional) and its order: {@code name} (Hungarian alphabet), {@code county}, {@code population}. */
public record SettlementFilter(String county, SettlementType type, Boolean disadvantaged, String q, String sort) {

    public static final java.util.Set<String> SORTS = java.util.Set.of("name", "county", "population");
}
