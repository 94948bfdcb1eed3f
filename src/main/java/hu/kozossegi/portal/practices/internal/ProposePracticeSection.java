package hu.kozossegi.portal.practices.internal;

import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.initiatives.InitiativePageSection;
import org.springframework.stereotype.Component;

/** The initiative page's "propose a good practice" button, for those who may propose one for its county. */
@Component
class ProposePracticeSection implements InitiativePageSection {

    @Override
    public Place place() {
        return Place.ACTIONS;
    }

    /** Its own number among the initiative page's sections (PageSectionOrderTests), alone among the actions. */
    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "practices/fragments :: propose-button";
    }

    @Override
    public Map<String, Object> model(PortalUser user, long initiativeId, String countyCode) {
        return CountyAccess.canWrite(user, countyCode, Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER)
                ? Map.of("initiativeId", initiativeId) : Map.of();
    }
}
