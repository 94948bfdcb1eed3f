package hu.kozossegi.portal.reporting.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.reporting.internal.Markdown;
import hu.kozossegi.portal.reporting.internal.ReportCharts;
import hu.kozossegi.portal.reporting.internal.ReportLinks;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.ReportSentences;
import hu.kozossegi.portal.reporting.internal.Target;
import hu.kozossegi.portal.reporting.internal.TargetStatus;
import hu.kozossegi.portal.reporting.internal.TargetsMet;
import hu.kozossegi.portal.shared.web.LocalFormats;
import org.springframework.context.MessageSource;

/** What the report template shows, prepared once per request from the report model (HTML and PDF alike). */
public final class ReportView {

    private final AnnualReport report;
    private final Locale locale;
    private final MessageSource messages;
    private final String base;
    private final NumberFormat numbers;
    private final ReportSentences sentenceWriter;
    private final ReportCharts charts;
    private final Markdown markdown;
    // Built on first use: the county page shows none of them, the national page all (one request, one thread).
    private List<String> sentences;
    private String newChart;
    private String trendChart;
    private Map<String, String> narrative;
    private List<FigureTable> figureTables;
    private final String tablesHtml;

    /** The county tables' markup and the charts, rendered once for the figures of a report (null: not rendered). */
    record Rendered(String tables, String newChart, String trendChart) {
    }

    ReportView(AnnualReport report, Locale locale, MessageSource messages, ReportSentences sentences,
            ReportCharts charts, Markdown markdown, String base, Rendered rendered) {
        this.report = report;
        this.locale = locale;
        this.messages = messages;
        this.base = base;
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.sentenceWriter = sentences;
        this.charts = charts;
        this.markdown = markdown;
        this.tablesHtml = rendered == null ? null : rendered.tables();
        this.newChart = rendered == null ? null : rendered.newChart();
        this.trendChart = rendered == null ? null : rendered.trendChart();
    }

    public AnnualReport getReport() {
        return report;
    }

    public int getYear() {
        return report.year();
    }

    public String getAsOf() {
        return LocalFormats.dateTime(report.asOf(), locale);
    }

    public List<String> getSentences() {
        if (sentences == null) {
            sentences = sentenceWriter.national(report, locale);
        }
        return sentences;
    }

    public String getNewChart() {
        if (newChart == null) {
            newChart = charts.newInitiativesAgainstTarget(report, locale);
        }
        return newChart;
    }

    public String getTrendChart() {
        if (trendChart == null) {
            trendChart = charts.trend(report, locale);
        }
        return trendChart;
    }

    /** The county tables as {@code reporting/report-body :: tables} renders them, when kept (the national page). */
    public String getTablesHtml() {
        return tablesHtml;
    }

    /** Section name → safe HTML for the comma-separated sections, only those with text. */
    public Map<String, String> narrative(String sections) {
        if (narrative == null) {
            narrative = new LinkedHashMap<>();
            narrative.put("introduction", markdown.toHtml(report.narrative().introduction()));
            narrative.put("supportNetwork", markdown.toHtml(report.narrative().supportNetwork()));
            narrative.put("nationalCoordination", markdown.toHtml(report.narrative().nationalCoordination()));
            narrative.put("nextYearPlans", markdown.toHtml(report.narrative().nextYearPlans()));
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        Arrays.stream(sections.split(",")).filter(s -> !narrative.get(s).isEmpty()).forEach(s -> chosen.put(s, narrative.get(s)));
        return chosen;
    }

    /** The tables of this report (a snapshot closed before a table existed has none of its indicators). */
    public List<Indicator.Table> getTables() {
        return Arrays.stream(Indicator.Table.values()).filter(t -> !indicators(t).isEmpty()).toList();
    }

    public List<Indicator> indicators(Indicator.Table table) {
        return report.indicators().stream().filter(i -> i.table() == table).toList();
    }

    /**
     * One figure as a table shows it, prepared once: the indicator, the link to its records (null: none), the
     * number, the target text (null: none) and the target's style.
     */
    public record Cell(Indicator indicator, String link, String number, String target, String targetClass) { }

    /**
     * A row of a county table: its style, its heading (a county's name, a region's "… régió", the national total),
     * the county page's link (null for the others) and its cells.
     */
    public record FigureRow(String style, String heading, String link, List<Cell> cells) { }

    /** One of the report's county tables: every row of the report with the table's figures. */
    public record FigureTable(Indicator.Table table, List<Indicator> indicators, List<FigureRow> rows) { }

    /**
     * The report's county tables with every cell prepared once per view (about 800 cells; the template then reads
     * plain values instead of calling the view four times per cell).
     */
    public List<FigureTable> getFigureTables() {
        if (figureTables == null) {
            List<FigureTable> tables = new ArrayList<>();
            for (Indicator.Table table : getTables()) {
                List<Indicator> indicators = indicators(table);
                List<FigureRow> rows = new ArrayList<>(report.rows().size());
                for (ReportRow row : report.rows()) {
                    rows.add(switch (row.kind()) {
                        case COUNTY -> new FigureRow("county-row", row.name(), countyLink(row), cells(row, indicators));
                        case REGION -> new FigureRow("subtotal", msg("report.table.region", row.name()), null,
                                cells(row, indicators));
                        case NATIONAL -> new FigureRow("total", msg("report.table.national"), null,
                                cells(row, indicators));
                    });
                }
                tables.add(new FigureTable(table, indicators, rows));
            }
            figureTables = tables;
        }
        return figureTables;
    }

    /** The cells of one row's figures (a county page's figure table, a printed summary page). */
    public List<Cell> cells(ReportRow row, List<Indicator> indicators) {
        List<Cell> cells = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            cells.add(new Cell(indicator, link(row, indicator), number(row.value(indicator)),
                    targetText(row, indicator), targetClass(row, indicator)));
        }
        return cells;
    }

    public String link(ReportRow row, Indicator indicator) {
        String link = ReportLinks.link(report.year(), row, indicator);
        return link == null ? null : base + link;
    }

    public String countyLink(ReportRow row) {
        return base + "/reports/" + report.year() + "/counties/" + row.code();
    }

    public String number(long value) {
        return numbers.format(value);
    }

    /**
     * A county's "cél 10–15 · 80 % · cél alatt"; a region's or the nation's "5 megyéből 4 érte el a célt" (of
     * its counties with a target); null when there is neither.
     */
    public String targetText(ReportRow row, Indicator indicator) {
        if (!indicator.hasTarget()) {
            return null;
        }
        if (!row.county()) {
            TargetsMet met = report.targetsMet(row, indicator);
            return met.any() ? msg("report.target.countiesMet", met.met(), met.counties()) : null;
        }
        Target target = row.target(indicator);
        if (target == null) {
            return null;
        }
        Integer percent = row.percent(indicator);
        String range = percent == null ? msg("report.target.cellNoPercent", target.label())
                : msg("report.target.cell", target.label(), msg("report.target.percent", percent));
        return range + " · " + msg("report.target.status." + row.status(indicator).name());
    }

    /** The style of {@link #targetText}: the county's status colour, plain for a count of counties. */
    public String targetClass(ReportRow row, Indicator indicator) {
        TargetStatus status = row.status(indicator);
        return status == null ? "target-count" : status.cssClass();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
