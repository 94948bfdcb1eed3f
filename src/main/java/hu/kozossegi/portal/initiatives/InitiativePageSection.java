package hu.kozossegi.portal.initiatives;

import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;

/**
 * A part another module contributes to the initiative page (as {@code home.DashboardSection} does to the
 * dashboard): a Thymeleaf fragment and the model it needs, filled by the initiative page's controller, so that
 * the page's template calls no other module's bean. The fragment reads its model as {@code data}.
 */
public interface InitiativePageSection {

    /** Where on the page the fragment goes. */
    enum Place {
        /** In the list of action buttons under the title (the fragment renders the button). */
        ACTIONS,
        /** After the outcomes and notes. */
        END
    }

    Place place();

    /** Lower comes first within its place. */
    int order();

    /** Fragment expression, e.g. {@code "activities/initiative-links :: links"}. */
    String fragment();

    /** The fragment's model for this user on this initiative's page; empty to leave the part out. */
    Map<String, Object> model(PortalUser user, long initiativeId, String countyCode);
}
