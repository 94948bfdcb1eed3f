package hu.kozossegi.portal.initiatives;

import java.util.Map;

/**
 * A panel another module contributes to an initiative's page ({@code /initiatives/{id}}), e.g. the organisations
 * it runs or brought into being. Implementations answer with a bounded number of SQL statements.
 */
public interface InitiativeDetailSection {

    /** Lower comes first. */
    int order();

    /** Fragment expression, e.g. {@code "organisations/initiative-panel :: panel"}; it sees {@code data}. */
    String fragment();

    /** The fragment's model for this initiative; empty to hide the panel. */
    Map<String, Object> model(InitiativeSummary initiative);
}
