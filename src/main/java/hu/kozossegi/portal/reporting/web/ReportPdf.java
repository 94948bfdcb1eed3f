package hu.kozossegi.portal.reporting.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.shared.export.PdfRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** The annual report as an A4 PDF: the template {@code reporting/report-pdf} through {@link PdfRenderer}. */
@Component
class ReportPdf {

    private final PdfRenderer renderer;

    ReportPdf(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders {@code reporting/report-pdf} with {@code model} (which holds at least {@code view}). */
    byte[] render(Map<String, Object> model, Instant asOf, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return renderer.render("reporting/report-pdf", model, asOf, locale, request, response);
    }
}
