package hu.kozossegi.portal.geography.internal;

import java.math.BigDecimal;

import hu.kozossegi.portal.geography.SettlementType;

/** A settlement as the list, the detail page and the export show it. */
public record SettlementRow(long id, String name, String countyCode, String countyName, SettlementType type,
        Long parentId, String parentName, Integer population, String kshCode, String microRegion,
        boolean disadvantaged, BigDecimal latitude, BigDecimal longitude, long version) {

    public boolean smallVillage() {
        return population != null && population < 500;
    }
}
