package hu.kozossegi.portal.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import hu.kozossegi.portal.reporting.internal.ReportPeriod;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The report as an A4 PDF: the template {@code reporting/report-pdf} (the same Thymeleaf fragments as the HTML
 * pages), laid out by openhtmltopdf with the DejaVu fonts embedded (they carry ő and ű), page numbers, repeated
 * table headers and unsplit rows. The same report gives the same bytes every time: the creation and
 * modification dates and the seed of the file identifier are the report's time (a closed year's closing), not
 * the time of printing.
 */
@Component
class ReportPdf {

    private static final String FAMILY = "DejaVu Sans";

    private final TemplateEngine templates;

    ReportPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code reporting/report-pdf} with {@code model} (which holds at least {@code view}). */
    byte[] render(Map<String, Object> model, Instant asOf, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext context = new WebContext(exchange, locale, model);
        String html = templates.process("reporting/report-pdf", context);
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, base)), base);
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new DatedAt(asOf));
            renderer.layout();
            renderer.createPDF();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        try {
            return new ClassPathResource("fonts/" + name).getInputStream();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Dates the document just before it is written (openhtmltopdf sets the creation date to now before that). */
    private record DatedAt(Instant at) implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument document = renderer.getPdfDocument();
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone(ReportPeriod.ZONE), Locale.ROOT);
            when.setTimeInMillis(at.toEpochMilli());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            // The file identifier is a hash of this seed and the document information, instead of the current time.
            document.setDocumentId(at.toEpochMilli());
        }
    }
}
