package hu.kozossegi.portal.reporting.web;

import java.util.List;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.reporting.internal.ReportLists;
import hu.kozossegi.portal.reporting.internal.ReportLists.Scope;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists behind the report figures that no other module lists: settlements reached, active community
 * workers (of which volunteers; distinct event participants), outcomes, and organisations supported or founded
 * (the organisations list cannot tell: it may not read the capacity module's enrolments) of a year, for a county row, a region
 * row or the whole country. Every signed-in user reads (as the reports).
 */
@Controller
class ReportListController {

    static final int PAGE_SIZE = 25;
    private static final String[] SETTLEMENT_TYPES = {"VILLAGE", "LARGE_VILLAGE", "TOWN", "COUNTY_CITY",
            "BUDAPEST_DISTRICT", "HOUSING_ESTATE"};
    private static final String[] OUTCOME_TYPES = {"CLUB", "SELF_HELP_GROUP", "VOLUNTEER_ACTIVITY",
            "NEIGHBOURHOOD_PROGRAMME", "CIVIL_ORGANISATION", "OTHER"};

    private final ReportLists lists;
    private final Counties counties;

    ReportListController(ReportLists lists, Counties counties) {
        this.lists = lists;
        this.counties = counties;
    }

    @GetMapping("/reports/{year:\\d{4}}/settlements")
    String settlements(@PathVariable int year, @RequestParam(required = false) String county,
            @RequestParam(required = false) Integer region, @RequestParam(required = false) String type,
            @RequestParam(required = false) String disadvantaged, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        Scope scope = scope(year, county, region, model);
        String typeName = FilterParams.oneOf(type, SETTLEMENT_TYPES);
        String flag = FilterParams.oneOf(disadvantaged, "true", "false");
        model.addAttribute("type", typeName);
        model.addAttribute("disadvantaged", flag);
        model.addAttribute("types", List.of(SETTLEMENT_TYPES));
        return render("settlements", lists.settlements(scope, typeName, flag == null ? null : Boolean.valueOf(flag),
                pageable(page)), request, model);
    }

    @GetMapping("/reports/{year:\\d{4}}/workers")
    String workers(@PathVariable int year, @RequestParam(required = false) String county,
            @RequestParam(required = false) Integer region, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String source, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        Scope scope = scope(year, county, region, model);
        String kindName = FilterParams.oneOf(kind, "VOLUNTEER", "PROFESSIONAL");
        String sourceName = FilterParams.oneOf(source, "all", "events");
        model.addAttribute("kind", kindName);
        model.addAttribute("source", sourceName);
        return render("workers", lists.workers(scope, kindName, "events".equals(sourceName), pageable(page)),
                request, model);
    }

    @GetMapping("/reports/{year:\\d{4}}/outcomes")
    String outcomes(@PathVariable int year, @RequestParam(required = false) String county,
            @RequestParam(required = false) Integer region, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Scope scope = scope(year, county, region, model);
        String typeName = FilterParams.oneOf(type, OUTCOME_TYPES);
        model.addAttribute("type", typeName);
        model.addAttribute("types", List.of(OUTCOME_TYPES));
        return render("outcomes", lists.outcomes(scope, typeName, pageable(page)), request, model);
    }

    @GetMapping("/reports/{year:\\d{4}}/organisations")
    String organisations(@PathVariable int year, @RequestParam(required = false) String county,
            @RequestParam(required = false) Integer region, @RequestParam(required = false) String which,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Scope scope = scope(year, county, region, model);
        String whichName = FilterParams.oneOf(which, "supported", "founded");
        model.addAttribute("which", whichName);
        return render("organisations", lists.organisations(scope, "founded".equals(whichName), pageable(page)),
                request, model);
    }

    private Scope scope(int year, String county, Integer region, Model model) {
        ReportViews.checkYear(year);
        Scope scope = new Scope(year, counties.filterCode(county), counties.filterRegion(region));
        model.addAttribute("year", year);
        model.addAttribute("county", scope.county());
        model.addAttribute("region", scope.region());
        model.addAttribute("countyOptions", counties.options());
        model.addAttribute("regionOptions", counties.regionOptions());
        return scope;
    }

    private static PageRequest pageable(int page) {
        return PageRequest.of(FilterParams.page(page), PAGE_SIZE);
    }

    private static String render(String list, Page<?> rows, HttpServletRequest request, Model model) {
        model.addAttribute("list", list);
        ListPage.show(model, rows, request);
        return "reporting/figure-list";
    }
}
