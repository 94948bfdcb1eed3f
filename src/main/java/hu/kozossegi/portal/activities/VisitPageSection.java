package hu.kozossegi.portal.activities;

import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;

/**
 * A part another module contributes to an exchange visit's page, next to its follow-up (as
 * {@code initiatives.InitiativePageSection} does to the initiative page): a Thymeleaf fragment and the model it
 * needs, filled by the visit page's controller. The fragment reads its model as {@code data}.
 */
public interface VisitPageSection {

    /** Lower comes first. */
    int order();

    /** Fragment expression, e.g. {@code "capacity/visit-takeups :: takeups"}. */
    String fragment();

    /** The fragment's model for this user on this visit's page; empty to leave the part out. */
    Map<String, Object> model(PortalUser user, long visitId);
}
