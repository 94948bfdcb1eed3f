package hu.kozossegi.portal.initiatives.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.accounts.OwnCountyFilter;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.initiatives.InitiativeStatus;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetailQuery;
import hu.kozossegi.portal.initiatives.internal.InitiativeFilter;
import hu.kozossegi.portal.initiatives.internal.InitiativeListQuery;
import hu.kozossegi.portal.initiatives.internal.InitiativeRow;
import hu.kozossegi.portal.initiatives.internal.ProgrammeService;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.export.CsvWriter;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.Option;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The filtered, paginated list of initiatives and its CSV export. */
@Controller
class InitiativeListController {

    static final int PAGE_SIZE = 25;

    private final OwnCountyFilter ownCounty;
    private final InitiativeListQuery list;
    private final InitiativeDetailQuery details;
    private final ProgrammeService programmes;
    private final Counties counties;
    private final Settlements settlements;
    private final MessageSource messages;

    InitiativeListController(InitiativeListQuery list, InitiativeDetailQuery details, ProgrammeService programmes,
            Counties counties, Settlements settlements, MessageSource messages, OwnCountyFilter ownCounty) {
        this.ownCounty = ownCounty;
        this.list = list;
        this.details = details;
        this.programmes = programmes;
        this.counties = counties;
        this.settlements = settlements;
        this.messages = messages;
    }

    @GetMapping("/initiatives")
    String list(@RequestParam(required = false) String county, @RequestParam(required = false) Integer region,
            @RequestParam(required = false) Long settlement,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String scope,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) String theme, @RequestParam(required = false) Long programme,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model, Locale locale) {
        InitiativeFilter filter = filter(ownCounty.county(county, request, model), region, settlement, year, scope, status, theme, programme, q, sort);
        SummedPage<InitiativeRow> found = list.page(filter, PageRequest.of(FilterParams.page(page), PAGE_SIZE))
                .orLastPage(n -> list.page(filter, PageRequest.of(n, PAGE_SIZE)));
        Page<InitiativeRow> rows = found.page();
        model.addAttribute("filter", filter);
        ListPage.show(model, rows, request);
        model.addAttribute("residentTotal", found.sum());
        model.addAttribute("regionOptions", counties.regionOptions());
        model.addAttribute("countyOptions", counties.options());
        model.addAttribute("settlementOptions", settlements.filterOptions(filter.county()));
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("themeOptions", details.themes().stream()
                .map(t -> new Option(t.code(), t.name(locale))).toList());
        model.addAttribute("programmeOptions", programmes.all().stream()
                .map(p -> new Option(p.getId().toString(), p.getName())).toList());
        model.addAttribute("csvUrl", ListPage.exportUrl("/initiatives.csv", request));
        return "initiatives/list";
    }

    @GetMapping("/initiatives.csv")
    void csv(@RequestParam(required = false) String county, @RequestParam(required = false) Integer region,
            @RequestParam(required = false) Long settlement,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String scope,
            @RequestParam(required = false) InitiativeStatus status,
            @RequestParam(required = false) String theme, @RequestParam(required = false) Long programme,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        InitiativeFilter filter = filter(ownCounty.county(county, request), region, settlement, year, scope, status, theme, programme, q, sort);
        response.setContentType(CsvWriter.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"initiatives.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        CsvWriter csv = new CsvWriter(response.getWriter());
        csv.row(List.of("id", msg("initiative.title", locale), msg("initiative.primarySettlement", locale),
                msg("initiative.county", locale), msg("initiative.status", locale), msg("initiative.startDate", locale),
                msg("initiative.endDate", locale), msg("initiative.programme", locale),
                msg("initiative.residentParticipants", locale)));
        list.forEach(filter, row -> csv.row(row.id(), row.title(), row.settlementName(), row.countyName(),
                msg("initiative.status." + row.status(), locale), str(row.startDate()), str(row.endDate()),
                str(row.programmeName()), row.residentParticipants()));
        csv.flush();
    }

    private InitiativeFilter filter(String county, Integer region, Long settlement, Integer year, String scope,
            InitiativeStatus status, String theme, Long programme, String q, String sort) {
        String countyCode = counties.filterCode(county);
        FilterParams.year(year);
        String scopeWord = FilterParams.oneOf(scope, InitiativeFilter.SCOPE_NEW, InitiativeFilter.SCOPE_ACTIVE);
        String themeCode = FilterParams.blankToNull(theme);
        if (themeCode != null && details.themes().stream().noneMatch(t -> t.code().equals(themeCode))) {
            throw FilterParams.badRequest();
        }
        if (sort != null && !sort.isBlank() && !sort.equals("title") && !sort.equals("start")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown sort");
        }
        return new InitiativeFilter(countyCode, counties.filterRegion(region), settlement, year, scopeWord, status,
                themeCode, programme,
                FilterParams.blankToNull(q), sort);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
