package hu.kozossegi.portal.people;

/** What other modules may show of a community worker: no contact data (DESIGN.md section 1). */
public record WorkerSummary(long id, String fullName, String countyCode, String countyName, Long settlementId,
        String settlementName, boolean volunteer, boolean active) {
}
