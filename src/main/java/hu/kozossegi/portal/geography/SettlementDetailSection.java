package hu.kozossegi.portal.geography;

import java.util.Map;

/**
 * A panel another module contributes to a settlement's page ({@code /settlements/{id}}): e.g. the initiatives that
 * reach it, the events held there, the community workers living there. Implementations answer with a bounded number
 * of SQL statements.
 */
public interface SettlementDetailSection {

    /** Lower comes first. */
    int order();

    /** Fragment expression, e.g. {@code 'initiatives/settlement-panel :: panel'}; it sees {@code data}. */
    String fragment();

    /** The fragment's model for this settlement; empty to hide the panel. */
    Map<String, Object> model(SettlementSummary settlement);
}
