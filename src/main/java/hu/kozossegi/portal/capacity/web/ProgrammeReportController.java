package hu.kozossegi.portal.capacity.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.capacity.internal.CapacityQueries;
import hu.kozossegi.portal.capacity.internal.Dimension;
import hu.kozossegi.portal.capacity.internal.ProgrammeLists;
import hu.kozossegi.portal.capacity.internal.ProgrammeReport;
import hu.kozossegi.portal.capacity.internal.ProgrammeReports;
import hu.kozossegi.portal.capacity.internal.Stage;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.shared.export.PdfWriter;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.LocalFormats;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A programme's report over its whole period (HTML, PDF, XLSX, CSV) and the lists behind its figures. Every
 * signed-in user reads them (as the annual reports).
 */
@Controller
class ProgrammeReportController {

    static final int PAGE_SIZE = 25;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ProgrammeReports reports;
    private final ProgrammeLists lists;
    private final ProgrammeReportExports exports;
    private final PdfWriter pdf;
    private final Counties counties;
    private final CountyAccess access;
    private final CapacityQueries queries;

    ProgrammeReportController(ProgrammeReports reports, ProgrammeLists lists, ProgrammeReportExports exports,
            PdfWriter pdf, Counties counties, CountyAccess access, CapacityQueries queries) {
        this.queries = queries;
        this.reports = reports;
        this.lists = lists;
        this.exports = exports;
        this.pdf = pdf;
        this.counties = counties;
        this.access = access;
    }

    @GetMapping("/programmes/{id}/report")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.report(id));
        model.addAttribute("canSetTargets", access.requireUser().isNationalOffice());
        return "capacity/report";
    }

    @GetMapping("/programmes/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        ProgrammeReport report = reports.report(id);
        // Printed the same minute, the same data prints the same bytes.
        Instant asOf = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        byte[] body = pdf.render("capacity/report-pdf", Map.of("report", report, "printedAt", asOf.atZone(LocalFormats.BUDAPEST).toOffsetDateTime()), asOf, locale,
                request, response);
        return file(body, MediaType.APPLICATION_PDF, name(report, "pdf"));
    }

    @GetMapping("/programmes/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        ProgrammeReport report = reports.report(id);
        return file(exports.xlsx(report, locale), XLSX, name(report, "xlsx"));
    }

    @GetMapping("/programmes/{id}/report.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
        ProgrammeReport report = reports.report(id);
        return file(exports.csv(report, locale).getBytes(StandardCharsets.UTF_8), CSV, name(report, "csv"));
    }

    @GetMapping("/programmes/{id}/report/{figure}")
    String list(@PathVariable long id, @PathVariable String figure, @RequestParam(required = false) String county,
            @RequestParam(required = false) String dimension, @RequestParam(required = false) String change,
            @RequestParam(required = false) String state, @RequestParam(required = false) String stage,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        if (!ProgrammeLists.FIGURES.contains(figure)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String dimensionName = FilterParams.oneOf(dimension, names(Dimension.values()));
        if ("capacity".equals(figure) && dimensionName == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dimension");
        }
        String stageName = FilterParams.oneOf(stage, "entry", "exit");
        var filter = new ProgrammeLists.Filter(counties.filterCode(county),
                dimensionName == null ? null : Dimension.valueOf(dimensionName),
                FilterParams.oneOf(change, "improved", "same", "worse"),
                FilterParams.oneOf(state, "done", "onTime", "open"),
                stageName == null ? null : Stage.ofPath(stageName));
        var rows = lists.list(id, figure, filter, PageRequest.of(FilterParams.page(page), PAGE_SIZE));
        model.addAttribute("programme", queries.programme(id));
        model.addAttribute("figure", figure);
        model.addAttribute("filter", filter);
        model.addAttribute("countyName", filter.county() == null ? null
                : counties.find(filter.county()).map(c -> c.name()).orElse(null));
        ListPage.show(model, rows.page(), request);
        model.addAttribute("sum", rows.sum());
        return "capacity/figure-list";
    }

    private static String[] names(Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }

    /** program-<id>-<name without accents>.<ext> */
    private static String name(ProgrammeReport report, String extension) {
        String plain = Normalizer.normalize(report.programme().name(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60);
        }
        return "program-" + report.programme().id() + (plain.isEmpty() ? "" : "-" + plain) + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(body);
    }
}
