package hu.kozossegi.portal.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.home.DashboardSection;
import hu.kozossegi.portal.shared.years.ReportYears;
import org.springframework.stereotype.Component;

/**
 * County staff see what their county still has open in the latest open report years (last year and this year,
 * unless closed), the same figures the national office checks before closing: one statement per year shown.
 */
@Component
class OpenPointsDashboardSection implements DashboardSection {

    private final YearCompleteness completeness;
    private final ReportYears years;
    private final Clock clock;

    OpenPointsDashboardSection(YearCompleteness completeness, ReportYears years, Clock clock) {
        this.clock = clock;
        this.completeness = completeness;
        this.years = years;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String fragment() {
        return "reporting/open-points :: panel";
    }

    @Override
    public Map<String, Object> model(PortalUser user) {
        if (user.countyCode() == null) {
            return Map.of();
        }
        int thisYear = LocalDate.now(clock.withZone(ReportPeriod.ZONE)).getYear();
        Set<Integer> closed = years.closedYears();
        List<OpenPoints> open = List.of(thisYear - 1, thisYear).stream().filter(y -> !closed.contains(y))
                .map(y -> completeness.check(y, user.countyCode())).toList();
        return open.isEmpty() ? Map.of() : Map.of("years", open);
    }
}
