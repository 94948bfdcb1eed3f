package hu.kozossegi.portal.activities.internal;

import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.activities.InitiativeActivities;
import hu.kozossegi.portal.initiatives.InitiativePageSection;
import org.springframework.stereotype.Component;

/** The initiative page's list of the events and exchange visits linked to it (one bounded query). */
@Component
class InitiativeActivitiesSection implements InitiativePageSection {

    private final InitiativeActivities activities;

    InitiativeActivitiesSection(InitiativeActivities activities) {
        this.activities = activities;
    }

    @Override
    public Place place() {
        return Place.END;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "activities/initiative-links :: links";
    }

    @Override
    public Map<String, Object> model(PortalUser user, long initiativeId, String countyCode) {
        InitiativeActivities.Links links = activities.of(initiativeId);
        return links.rows().isEmpty() ? Map.of() : Map.of("links", links);
    }
}
