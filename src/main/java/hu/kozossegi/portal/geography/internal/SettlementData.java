package hu.kozossegi.portal.geography.internal;

import java.math.BigDecimal;

import hu.kozossegi.portal.geography.SettlementType;

/** The editable fields of a settlement, as the form and the import deliver them (parent already resolved). */
public record SettlementData(String name, String countyCode, SettlementType type, Long parentId, Integer population,
        String kshCode, String microRegion, boolean disadvantaged, BigDecimal latitude, BigDecimal longitude) {
}
