package hu.kozossegi.portal.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national report and one county's report as PDF, spreadsheet and CSV, from the same report model as the
 * HTML pages and through the same writers (a county's files are the national ones cut to its row). Every
 * signed-in user reads them; an unknown county or a year out of range is a 404.
 */
@Controller
class ExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AnnualReports reports;
    private final Counties counties;
    private final ReportViews views;
    private final ReportPdf pdf;
    private final ReportExports exports;

    ExportController(AnnualReports reports, Counties counties, ReportViews views, ReportPdf pdf,
            ReportExports exports) {
        this.reports = reports;
        this.counties = counties;
        this.views = views;
        this.pdf = pdf;
        this.exports = exports;
    }

    @GetMapping("/reports/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        AnnualReport report = reports.report(ReportViews.checkYear(year));
        byte[] body = pdf.render(Map.of("view", views.view(report, locale, request.getContextPath())),
                report.asOf(), locale, request, response);
        return file(body, MediaType.APPLICATION_PDF, name(year, null, "pdf"));
    }

    @GetMapping("/reports/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, Locale locale) {
        AnnualReport report = reports.report(ReportViews.checkYear(year));
        return file(exports.xlsx(report, ReportExports.nationalRows(report, true), locale), XLSX,
                name(year, null, "xlsx"));
    }

    @GetMapping("/reports/{year:\\d{4}}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, Locale locale) {
        AnnualReport report = reports.report(ReportViews.checkYear(year));
        return file(exports.csv(report, ReportExports.nationalRows(report, false), locale)
                .getBytes(StandardCharsets.UTF_8), CSV, name(year, null, "csv"));
    }

    @GetMapping("/reports/{year:\\d{4}}/counties/{code}.pdf")
    ResponseEntity<byte[]> countyPdf(@PathVariable int year, @PathVariable String code, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        County county = county(year, code);
        AnnualReport report = reports.report(year);
        byte[] body = pdf.render(Map.of("view", views.view(report, locale, request.getContextPath()),
                "county", county, "row", row(report, code)), report.asOf(), locale, request, response);
        return file(body, MediaType.APPLICATION_PDF, name(year, code, "pdf"));
    }

    @GetMapping("/reports/{year:\\d{4}}/counties/{code}.xlsx")
    ResponseEntity<byte[]> countyXlsx(@PathVariable int year, @PathVariable String code, Locale locale) {
        county(year, code);
        AnnualReport report = reports.report(year);
        return file(exports.xlsx(report, List.of(row(report, code)), locale), XLSX, name(year, code, "xlsx"));
    }

    @GetMapping("/reports/{year:\\d{4}}/counties/{code}.csv")
    ResponseEntity<byte[]> countyCsv(@PathVariable int year, @PathVariable String code, Locale locale) {
        county(year, code);
        AnnualReport report = reports.report(year);
        return file(exports.csv(report, List.of(row(report, code)), locale).getBytes(StandardCharsets.UTF_8), CSV,
                name(year, code, "csv"));
    }

    /** The county of a URL, after checking the year (404 for either). */
    private County county(int year, String code) {
        ReportViews.checkYear(year);
        return counties.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ReportRow row(AnnualReport report, String code) {
        return report.countyRow(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String name(int year, String county, String extension) {
        return "beszamolo-" + year + (county == null ? "" : "-" + county) + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(body);
    }
}
