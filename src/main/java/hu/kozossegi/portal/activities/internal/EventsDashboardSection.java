package hu.kozossegi.portal.activities.internal;

import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.home.DashboardSection;
import org.springframework.stereotype.Component;

/**
 * The county's next events and its past events whose attendance is still to be recorded (two queries); for an
 * account without a county, the next national events and every county's events missing their attendance.
 */
@Component
class EventsDashboardSection implements DashboardSection {

    private static final int LIMIT = 8;

    private final EventQueries queries;

    EventsDashboardSection(EventQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String fragment() {
        return "activities/dashboard :: panel";
    }

    @Override
    public Map<String, Object> model(PortalUser user) {
        List<EventRow> upcoming = queries.upcoming(user.countyCode(), LIMIT);
        List<EventRow> missing = queries.attendanceMissing(user.countyCode(), LIMIT);
        // Without a county (the national office) the upcoming events are the national ones (no organising county).
        return Map.of("upcoming", upcoming, "missing", missing, "national", user.countyCode() == null);
    }
}
