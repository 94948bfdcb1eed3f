package hu.kozossegi.portal.geography;

/** Settlement types of DESIGN.md section 2. */
public enum SettlementType {
    VILLAGE,
    LARGE_VILLAGE,
    TOWN,
    COUNTY_CITY,
    BUDAPEST_DISTRICT,
    HOUSING_ESTATE
}
