package hu.kozossegi.portal.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.Markdown;
import hu.kozossegi.portal.reporting.internal.ReportCharts;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.ReportSentences;
import hu.kozossegi.portal.reporting.internal.TrendPoint;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds {@link ReportView}s and keeps the national page's rendered county tables and charts; checks that a year in a
 * URL is one the portal reports on (else 404).
 */
@Component
class ReportViews {

    /** The range the database accepts for a report year. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final MessageSource messages;
    private final ReportSentences sentences;
    private final ReportCharts charts;
    private final Markdown markdown;
    private final ITemplateEngine templates;
    /**
     * The national page's county tables (about 150 KB of markup, most of the page's rendering) and charts, by what
     * they are made of: a few report years in two languages. Keyed by the report's rows and trend themselves, which
     * are current at every request (figures kept at the data version now, targets read fresh, or a closed year's
     * snapshot), so the markup is never older than the figures; an entry whose figures have changed is never
     * matched again and ages out.
     */
    private final Cache<Figures, ReportView.Rendered> rendered = Caffeine.newBuilder().maximumSize(16).build();

    ReportViews(MessageSource messages, ReportSentences sentences, ReportCharts charts, Markdown markdown,
            ITemplateEngine templates) {
        this.messages = messages;
        this.sentences = sentences;
        this.charts = charts;
        this.markdown = markdown;
        this.templates = templates;
    }

    ReportView view(AnnualReport report, Locale locale, String contextPath) {
        return new ReportView(report, locale, messages, sentences, charts, markdown, contextPath, null);
    }

    /**
     * The view of the national report page: its charts and county tables (the fragment
     * {@code reporting/report-body :: tables}, the same markup) rendered once per figures, language and context path.
     */
    ReportView page(AnnualReport report, Locale locale, String contextPath) {
        ReportView.Rendered figures = rendered.get(
                new Figures(report.year(), report.rows(), report.trend(), locale, contextPath), key -> {
                    ReportView view = view(report, locale, contextPath);
                    String tables = templates.process("reporting/report-body", Set.of("tables"),
                            new Context(locale, Map.of("view", view)));
                    return new ReportView.Rendered(tables, view.getNewChart(), view.getTrendChart());
                });
        return new ReportView(report, locale, messages, sentences, charts, markdown, contextPath, figures);
    }

    /** What the tables and charts show: every cell and bar is made of these. */
    private record Figures(int year, List<ReportRow> rows, List<TrendPoint> trend, Locale locale, String contextPath) {
    }

    static int checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }
}
