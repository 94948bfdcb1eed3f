package hu.kozossegi.portal.geography.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.OwnCountyFilter;
import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementDetailSection;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.geography.internal.SettlementFilter;
import hu.kozossegi.portal.geography.internal.SettlementQueries;
import hu.kozossegi.portal.geography.internal.SettlementRow;
import hu.kozossegi.portal.shared.audit.AuditHistory;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.CurrentUrl;
import hu.kozossegi.portal.shared.web.FilterParams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class SettlementListController {

    static final List<String> HISTORY_COLUMNS = List.of("name", "county_code", "type", "parent_id", "population",
            "ksh_code", "micro_region", "disadvantaged", "latitude", "longitude");

    private final OwnCountyFilter ownCounty;
    private final SettlementQueries queries;
    private final Counties counties;
    private final CountyAccess access;
    private final AuditHistory history;
    private final List<SettlementDetailSection> sections;

    SettlementListController(SettlementQueries queries, Counties counties, CountyAccess access, AuditHistory history, List<SettlementDetailSection> sections, OwnCountyFilter ownCounty) {
        this.ownCounty = ownCounty;
        this.queries = queries;
        this.counties = counties;
        this.access = access;
        this.history = history;
        this.sections = sections.stream().sorted(Comparator.comparingInt(SettlementDetailSection::order)).toList();
    }

    @GetMapping("/settlements")
    String list(@RequestParam(required = false) String county, @RequestParam(required = false) String type,
            @RequestParam(required = false) String disadvantaged, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size, HttpServletRequest request, Model model) {
        FilterParams.pageAndSize(page, size);
        SettlementFilter filter = filter(ownCounty.county(county, request, model), type, disadvantaged, q, sort);
        Page<SettlementRow> rows = queries.list(filter, page, size);
        ListPage.show(model, rows, request);
        model.addAttribute("filter", filter);
        model.addAttribute("counties", counties.all());
        model.addAttribute("types", SettlementType.values());
        model.addAttribute("sortLinks", Map.of(
                "name", CurrentUrl.builder(request).replaceQueryParam("page").replaceQueryParam("sort", "name")
                        .build().toUriString(),
                "county", CurrentUrl.builder(request).replaceQueryParam("page").replaceQueryParam("sort", "county")
                        .build().toUriString(),
                "population", CurrentUrl.builder(request).replaceQueryParam("page")
                        .replaceQueryParam("sort", "population").build().toUriString()));
        model.addAttribute("exportUrl", ListPage.exportUrl("/settlements.csv", request));
        PortalUser user = access.currentUser().orElse(null);
        model.addAttribute("canCreate", user != null
                && user.isNationalOfficeOr(Role.COUNTY_COORDINATOR));
        return "geography/list";
    }

    @GetMapping("/settlements/{id}")
    String detail(@PathVariable long id, Model model) {
        SettlementRow row = queries.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SettlementSummary summary = new SettlementSummary(row.id(), row.name(), row.countyCode(), row.countyName(),
                row.type(), row.population(), row.disadvantaged());
        model.addAttribute("settlement", row);
        model.addAttribute("children", queries.children(id, 200));
        model.addAttribute("history", history.of("settlement", HISTORY_COLUMNS, id));
        model.addAttribute("canEdit", access.canWrite(row.countyCode(), Role.COUNTY_COORDINATOR));
        model.addAttribute("panels", sections.stream()
                .map(s -> Map.of("fragment", s.fragment(), "model", s.model(summary)))
                .filter(p -> !((Map<?, ?>) p.get("model")).isEmpty()).toList());
        return "geography/detail";
    }

    @GetMapping(value = "/settlements.csv", produces = "text/csv;charset=UTF-8")
    void export(@RequestParam(required = false) String county, @RequestParam(required = false) String type,
            @RequestParam(required = false) String disadvantaged, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SettlementFilter filter = filter(ownCounty.county(county, request), type, disadvantaged, q, sort);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"telepulesek.csv\"");
        SettlementCsv.write(response.getWriter(), writer -> queries.forEach(filter, writer));
    }

    SettlementFilter filter(String county, String type, String disadvantaged, String q, String sort) {
        String countyCode = FilterParams.blankToNull(county);
        if (countyCode != null && !counties.exists(countyCode)) {
            throw FilterParams.badRequest();
        }
        String typeName = FilterParams.blankToNull(type);
        if (typeName != null && Arrays.stream(SettlementType.values()).noneMatch(t -> t.name().equals(typeName))) {
            throw FilterParams.badRequest();
        }
        String order = FilterParams.blankToNull(sort);
        if (order != null && !SettlementFilter.SORTS.contains(order)) {
            throw FilterParams.badRequest();
        }
        String text = FilterParams.blankToNull(q);
        if (text != null && text.length() > 100) {
            throw FilterParams.badRequest();
        }
        return new SettlementFilter(countyCode, typeName == null ? null : SettlementType.valueOf(typeName),
                FilterParams.yesNo(disadvantaged), text, order == null ? "name" : order);
    }
}
