package hu.kozossegi.portal.practices.web;

import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.OwnCountyFilter;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.practices.internal.PracticeQueries;
import hu.kozossegi.portal.practices.internal.PracticeQueries.CatalogueFilter;
import hu.kozossegi.portal.practices.internal.PracticeQueries.CatalogueRow;
import hu.kozossegi.portal.practices.internal.Themes;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue of accredited good practices: search without accents, filters, pages. */
@Controller
class CatalogueController {

    private static final int PAGE_SIZE = 20;

    private final OwnCountyFilter ownCounty;
    private final PracticeQueries queries;
    private final Themes themes;
    private final Counties counties;
    private final CountyAccess access;

    CatalogueController(PracticeQueries queries, Themes themes, Counties counties, CountyAccess access, OwnCountyFilter ownCounty) {
        this.ownCounty = ownCounty;
        this.queries = queries;
        this.themes = themes;
        this.counties = counties;
        this.access = access;
    }

    @GetMapping("/good-practices")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String county, @RequestParam(required = false) Integer region,
            @RequestParam(required = false) SettlementType type, @RequestParam(required = false) Integer accreditedYear,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model, Locale locale) {
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > 200) {
            query = query.substring(0, 200);
        }
        String themeCode = FilterParams.blankToNull(theme);
        if (themeCode != null && !themes.exists(themeCode)) {
            throw FilterParams.badRequest();
        }
        CatalogueFilter filter = new CatalogueFilter(query, themeCode,
                counties.filterCode(ownCounty.county(county, request, model)),
                counties.filterRegion(region), type, FilterParams.year(accreditedYear));
        Page<CatalogueRow> rows = queries.catalogue(filter, PageRequest.of(FilterParams.page(page), PAGE_SIZE));
        rows = Pager.lastPageIfPast(rows, n -> queries.catalogue(filter, PageRequest.of(n, PAGE_SIZE)));
        model.addAttribute("regionOptions", counties.regionOptions());
        model.addAttribute("filter", filter);
        ListPage.show(model, rows, request);
        model.addAttribute("themeOptions", themes.options(locale));
        model.addAttribute("countyOptions", counties.options());
        model.addAttribute("types", List.of(SettlementType.values()));
        model.addAttribute("signedIn", access.currentUser().isPresent());
        return "practices/list";
    }
}
