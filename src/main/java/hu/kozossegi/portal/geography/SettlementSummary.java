package hu.kozossegi.portal.geography;

/** What other modules need to show and link a settlement. */
public record SettlementSummary(long id, String name, String countyCode, String countyName, SettlementType type,
        Integer population, boolean disadvantaged) {

    /** Small village (aprófalu): under 500 inhabitants, derived, never typed. */
    public boolean smallVillage() {
        return population != null && population < 500;
    }
}
