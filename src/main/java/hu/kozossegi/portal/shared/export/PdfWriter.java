package hu.kozossegi.portal.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
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
 * THE PDF writer of every printout: a Thymeleaf template (its own {@code @page} rules set the paper), laid out
 * by openhtmltopdf with the DejaVu fonts embedded (they carry ő and ű; the template names the family
 * {@value #FAMILY}). The same input gives the same bytes every time: the creation and modification dates and
 * the seed of the file identifier are the given time (a closed year's closing for a report), not the time of
 * printing. The renderer reads only the portal's bundled files and never opens a network connection: an
 * address in a text would otherwise be fetched by the server at every print.
 */
@Component
public class PdfWriter {

    /** The media type of a PDF download. */
    public static final String CONTENT_TYPE = "application/pdf";

    /** The font family a template names; its regular and bold faces are embedded. */
    public static final String FAMILY = "DejaVu Sans";
    private static final ZoneId ZONE = ZoneId.of("Europe/Budapest");
    /** The document's base: relative addresses resolve under it, to files bundled in {@code static/}. */
    private static final String BASE = "https://portal.invalid/";

    private final TemplateEngine templates;

    PdfWriter(TemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} with {@code model} in {@code locale}, dated {@code asOf}. */
    public byte[] render(String template, Map<String, Object> model, Instant asOf, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        WebContext context = new WebContext(exchange, locale, model);
        String html = templates.process(template, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl(PdfWriter::bundled, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(PdfWriter::bundled, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useHttpStreamImplementation(PdfWriter::bundledStream);
        builder.useProtocolsStreamImplementation(PdfWriter::bundledStream, "file", "jar", "ftp", "data");
        builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, BASE)), BASE);
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

    /** Only the portal's own bundled files (under the fixed base); never an address from the document. */
    private static boolean bundled(String uri, ExternalResourceType type) {
        return uri != null && uri.startsWith(BASE) && !uri.contains("..");
    }

    /** Any stream the renderer still asks for comes from the class path, or is empty: no connection is opened. */
    private static FSStream bundledStream(String uri) {
        ClassPathResource resource = bundled(uri, null) ? new ClassPathResource("static/" + uri.substring(BASE.length()))
                : null;
        return new FSStream() {
            @Override
            public InputStream getStream() {
                try {
                    return resource != null && resource.exists() ? resource.getInputStream() : InputStream.nullInputStream();
                }
                catch (IOException ex) {
                    return InputStream.nullInputStream();
                }
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
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
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone(ZONE), Locale.ROOT);
            when.setTimeInMillis(at.toEpochMilli());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            // The file identifier is a hash of this seed and the document information, instead of the current time.
            document.setDocumentId(at.toEpochMilli());
        }
    }
}
