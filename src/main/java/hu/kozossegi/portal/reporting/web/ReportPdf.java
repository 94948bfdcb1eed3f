package hu.kozossegi.portal.reporting.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.shared.export.PdfWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * The report as an A4 PDF: the template {@code reporting/report-pdf} (the same Thymeleaf fragments as the HTML
 * pages) through the shared {@link PdfWriter}, with page numbers, repeated table headers and unsplit rows. The
 * same report gives the same bytes every time: it is dated at the report's time (a closed year's closing).
 */
@Component
class ReportPdf {

    private final PdfWriter writer;

    ReportPdf(PdfWriter writer) {
        this.writer = writer;
    }

    /** Renders {@code reporting/report-pdf} with {@code model} (which holds at least {@code view}). */
    byte[] render(Map<String, Object> model, Instant asOf, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return writer.render("reporting/report-pdf", model, asOf, locale, request, response);
    }
}
