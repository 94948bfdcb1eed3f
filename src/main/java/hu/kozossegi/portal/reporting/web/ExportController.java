package hu.kozossegi.portal.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The report as PDF, spreadsheet and CSV, from the same report model as the HTML page. */
@Controller
class ExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AnnualReports reports;
    private final ReportViews views;
    private final ReportPdf pdf;
    private final ReportExports exports;

    ExportController(AnnualReports reports, ReportViews views, ReportPdf pdf, ReportExports exports) {
        this.reports = reports;
        this.views = views;
        this.pdf = pdf;
        this.exports = exports;
    }

    @GetMapping("/reports/{year:\\d{4}}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        AnnualReport report = reports.report(ReportViews.checkYear(year));
        byte[] body = pdf.render(views.view(report, locale, request.getContextPath()), locale, request, response);
        return file(body, MediaType.APPLICATION_PDF, "beszamolo-" + year + ".pdf");
    }

    @GetMapping("/reports/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, Locale locale) {
        AnnualReport report = reports.report(ReportViews.checkYear(year));
        return file(exports.xlsx(report, locale, true), XLSX, "beszamolo-" + year + ".xlsx");
    }

    @GetMapping("/reports/{year:\\d{4}}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year, Locale locale) {
        AnnualReport report = reports.report(ReportViews.checkYear(year));
        return file(exports.csv(report, locale).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), "beszamolo-" + year + ".csv");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type).body(body);
    }
}
