package hu.kozossegi.portal.reporting.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.CountyDetails;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.YearClosing;
import hu.kozossegi.portal.reporting.internal.YearState;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The annual reports: the list of years, the national report and a county's report. Every signed-in user reads. */
@Controller
class ReportController {

    private final AnnualReports reports;
    private final YearClosing years;
    private final CountyDetails details;
    private final Counties counties;
    private final ReportViews views;
    private final CountyAccess access;

    ReportController(AnnualReports reports, YearClosing years, CountyDetails details, Counties counties,
            ReportViews views, CountyAccess access) {
        this.reports = reports;
        this.years = years;
        this.details = details;
        this.counties = counties;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/reports")
    String list(Model model) {
        Map<Integer, YearState> known = years.knownYears().stream()
                .collect(Collectors.toMap(YearState::year, Function.identity()));
        int last = Year.now().getValue();
        int first = Math.min(known.keySet().stream().min(Integer::compare).orElse(last), reports.firstDataYear(last));
        List<YearState> rows = new ArrayList<>();
        for (int year = last; year >= first; year--) {
            rows.add(known.getOrDefault(year, new YearState(year, false, null, null, List.of())));
        }
        model.addAttribute("years", rows);
        model.addAttribute("national", access.currentUser().map(u -> u.isNationalOffice()).orElse(false));
        return "reporting/list";
    }

    @GetMapping("/reports/{year:\\d{4}}")
    String report(@PathVariable int year, Model model, Locale locale, HttpServletRequest request) {
        AnnualReport report = reports.report(ReportViews.checkYear(year));
        model.addAttribute("view", views.page(report, locale, request.getContextPath()));
        model.addAttribute("national", access.currentUser().map(u -> u.isNationalOffice()).orElse(false));
        return "reporting/report";
    }

    @GetMapping("/reports/{year:\\d{4}}/counties/{code}")
    String county(@PathVariable int year, @PathVariable String code, Model model, Locale locale,
            HttpServletRequest request) {
        ReportViews.checkYear(year);
        County county = counties.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AnnualReport report = reports.report(year);
        ReportView view = views.view(report, locale, request.getContextPath());
        model.addAttribute("view", view);
        model.addAttribute("county", county);
        ReportRow row = report.countyRow(code).orElseThrow();
        model.addAttribute("row", row);
        model.addAttribute("indicators", report.indicators());
        model.addAttribute("details", details.of(code, year));
        model.addAttribute("limit", CountyDetails.LIMIT);
        // Each section shows the first `limit` records and links to the list of all of them: the list its figure
        // leads to (held events of every kind: the attendances' list).
        model.addAttribute("fullLists", Map.of(
                "settlements", view.link(row, Indicator.SETTLEMENTS_REACHED),
                "initiatives", view.link(row, Indicator.ACTIVE_INITIATIVES),
                "events", view.link(row, Indicator.ATTENDANCES),
                "visits", view.link(row, Indicator.VISITS_HELD)));
        return "reporting/county";
    }
}
