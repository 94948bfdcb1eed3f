package hu.kozossegi.portal.practices;

import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;

/**
 * A part another module contributes to a good practice's page (as {@code initiatives.InitiativePageSection} does
 * to the initiative page): a Thymeleaf fragment and the model it needs, filled by the practice page's controller,
 * so that the page's template calls no other module's bean. The fragment reads its model as {@code data}.
 */
public interface PracticePageSection {

    /** Lower comes first, after the practice's own content. */
    int order();

    /** Fragment expression, e.g. {@code "capacity/practice-spread :: spread"}. */
    String fragment();

    /**
     * The fragment's model on this practice's page; {@code user} is null for an anonymous visitor (who sees
     * accredited practices only). Empty to leave the part out.
     */
    Map<String, Object> model(PortalUser user, long practiceId, PracticeStatus status);
}
