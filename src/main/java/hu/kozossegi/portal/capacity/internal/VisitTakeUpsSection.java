package hu.kozossegi.portal.capacity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.activities.VisitPageSection;
import org.springframework.stereotype.Component;

/**
 * The exchange visit's follow-up: the take-ups recorded from it, and "record a take-up" of each accredited practice
 * of the host initiative by each visiting initiative the user may write for (or by a community chosen by name).
 */
@Component
class VisitTakeUpsSection implements VisitPageSection {

    /** A take-up the user may record from this visit; {@code community} null: choose it by name. */
    record Offer(TakeUpQueries.PracticeInfo practice, Community community) {
    }

    private final TakeUpQueries queries;

    VisitTakeUpsSection(TakeUpQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "capacity/visit-takeups :: takeups";
    }

    @Override
    public Map<String, Object> model(PortalUser user, long visitId) {
        var visit = queries.visit(visitId).orElse(null);
        if (visit == null) {
            return Map.of();
        }
        List<TakeUpQueries.VisitTakeUp> recorded = queries.ofVisit(visitId);
        List<TakeUpQueries.PracticeInfo> practices = visit.hostInitiativeId() == null ? List.of()
                : queries.visitedPractices(visit.hostInitiativeId());
        if (recorded.isEmpty() && practices.isEmpty()) {
            return Map.of();
        }
        List<Community> visitors = practices.isEmpty() ? List.of() : queries.visitingCommunities(visitId);
        List<Offer> offers = new ArrayList<>();
        for (TakeUpQueries.PracticeInfo practice : practices) {
            for (Community community : visitors) {
                if (CountyAccess.canWrite(user, community.countyCode())) {
                    offers.add(new Offer(practice, community));
                }
            }
            offers.add(new Offer(practice, null));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("visitId", visitId);
        model.put("recorded", recorded);
        model.put("offers", offers);
        return model;
    }
}
