package hu.kozossegi.portal.practices.internal;

import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.home.DashboardSection;
import hu.kozossegi.portal.practices.PracticeStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Dashboard panel: the county's practices in progress; for the national office, the review queue. */
@Component
class PracticesDashboardSection implements DashboardSection {

    private final PracticeQueries queries;

    PracticesDashboardSection(PracticeQueries queries) {
        this.queries = queries;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String fragment() {
        return "practices/fragments :: dashboard-panel";
    }

    @Override
    public Map<String, Object> model(PortalUser user) {
        List<PracticeStatus> statuses = user.isNationalOffice() ? List.of(PracticeStatus.SUBMITTED)
                : List.of(PracticeStatus.DRAFT, PracticeStatus.RETURNED, PracticeStatus.SUBMITTED);
        String county = user.isNationalOffice() ? null : user.countyCode();
        return Map.of("rows", queries.work(statuses, county, Pageable.ofSize(10)).getContent(),
                "national", user.isNationalOffice());
    }
}
