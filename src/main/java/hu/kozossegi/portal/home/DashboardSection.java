package hu.kozossegi.portal.home;

import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;

/**
 * A panel a feature module contributes to {@code /dashboard}: a Thymeleaf fragment and the model it needs.
 * Implementations must answer with a bounded number of SQL statements.
 */
public interface DashboardSection {

    /** Lower comes first. */
    int order();

    /** Fragment expression, e.g. {@code "initiatives/dashboard :: panel"}. */
    String fragment();

    /** The fragment's model for this user; empty to hide the panel. */
    Map<String, Object> model(PortalUser user);
}
