package hu.kozossegi.portal.reporting.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server as SVG markup (so they print and go into the PDF), each with a title and a
 * description giving every plotted value as text. Colours are presentation attributes, not styles (CSP).
 */
@Component
public class ReportCharts {

    static final String BELOW = "#b3141b";
    static final String WITHIN = "#0b6b3a";
    static final String ABOVE = "#0b4fa3";
    static final String NO_TARGET = "#4a4a48";
    private static final String[] LINE_COLOURS = {"#0b5c3e", "#0b4fa3", "#7a4d00", "#6f2c91"};
    private static final int WIDTH = 720;
    /** Legend: swatch plus space before the label, space between items, line height. */
    private static final int SWATCH = 20;
    private static final int LEGEND_GAP = 24;
    private static final int LEGEND_LINE = 20;

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Horizontal bars of new initiatives per county, coloured by target status, over the target band. */
    public String newInitiativesAgainstTarget(AnnualReport report, Locale locale) {
        List<ReportRow> rows = report.countyRows();
        int labelWidth = 190;
        int barArea = WIDTH - labelWidth - 50;
        int rowHeight = 22;
        int top = 10;
        long scale = Math.max(1, rows.stream().mapToLong(row -> Math.max(row.value(Indicator.NEW_INITIATIVES),
                row.target(Indicator.NEW_INITIATIVES) == null ? 0 : maxOf(row.target(Indicator.NEW_INITIATIVES))))
                .max().orElse(1));
        String items = rows.stream().map(row -> {
            Target target = row.target(Indicator.NEW_INITIATIVES);
            return target == null
                    ? msg(locale, "report.chart.newVsTarget.itemNoTarget", row.name(), row.value(Indicator.NEW_INITIATIVES))
                    : msg(locale, "report.chart.newVsTarget.item", row.name(), row.value(Indicator.NEW_INITIATIVES),
                            target.label());
        }).collect(Collectors.joining("; "));
        StringBuilder body = new StringBuilder(4096);
        int y = top;
        for (ReportRow row : rows) {
            long value = row.value(Indicator.NEW_INITIATIVES);
            Target target = row.target(Indicator.NEW_INITIATIVES);
            text(body, labelWidth - 8, y + 15, "end", row.name());
            if (target != null) {
                double from = x(target.min(), scale, barArea);
                double to = x(maxOf(target), scale, barArea);
                body.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#d8d8d6\"/>",
                        labelWidth + from, y + 1, Math.max(2, to - from), rowHeight - 2));
            }
            String colour = target == null ? NO_TARGET : colour(target.status(value));
            body.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    labelWidth, y + 5, x(value, scale, barArea), rowHeight - 10, colour));
            text(body, labelWidth + (int) x(value, scale, barArea) + 4, y + 15, "start", String.valueOf(value));
            y += rowHeight;
        }
        int bottom = legend(body, 20, y + 22, WIDTH - 10, List.of(
                new LegendItem("#d8d8d6", msg(locale, "report.chart.legend.target")),
                new LegendItem(BELOW, msg(locale, "report.target.status.BELOW")),
                new LegendItem(WITHIN, msg(locale, "report.target.status.WITHIN")),
                new LegendItem(ABOVE, msg(locale, "report.target.status.ABOVE")),
                new LegendItem(NO_TARGET, msg(locale, "report.chart.legend.noTarget"))));
        return open("chart-new", bottom + 10, msg(locale, "report.chart.newVsTarget"),
                msg(locale, "report.chart.newVsTarget.desc", items)).append(body).append("</svg>").toString();
    }

    /** Lines of the main national indicators over the years up to the report year. */
    public String trend(AnnualReport report, Locale locale) {
        List<TrendPoint> points = report.trend();
        int left = 60;
        int right = 20;
        int top = 15;
        int plotHeight = 200;
        int plotWidth = WIDTH - left - right;
        long scale = Math.max(1, points.stream().mapToLong(p -> Math.max(Math.max(p.activeInitiatives(),
                p.newInitiatives()), Math.max(p.eventsHeld(), p.visitsHeld()))).max().orElse(1));
        String items = points.stream().map(p -> msg(locale, "report.chart.trend.item", p.year(), p.activeInitiatives(),
                p.newInitiatives(), p.eventsHeld(), p.visitsHeld())).collect(Collectors.joining("; "));
        StringBuilder body = new StringBuilder(4096);
        for (int i = 0; i <= 4; i++) {
            long tick = Math.round(scale * i / 4.0);
            int y = top + plotHeight - plotHeight * i / 4;
            body.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
                    left, y, left + plotWidth, y));
            text(body, left - 6, y + 4, "end", String.valueOf(tick));
        }
        double step = points.size() > 1 ? (double) plotWidth / (points.size() - 1) : 0;
        // Year labels at least a label's width apart, counted back from the report year (always labelled).
        int every = step == 0 ? 1 : (int) Math.ceil((textWidth("0000") + 12) / step);
        for (int i = 0; i < points.size(); i++) {
            if ((points.size() - 1 - i) % every == 0) {
                text(body, (int) (left + i * step), top + plotHeight + 18, "middle", String.valueOf(points.get(i).year()));
            }
        }
        String[] legend = {"report.chart.legend.active", "report.chart.legend.new", "report.chart.legend.events",
            "report.chart.legend.visits"};
        List<LegendItem> legendItems = new ArrayList<>();
        for (int series = 0; series < 4; series++) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double px = left + i * step;
                double py = top + plotHeight - (double) plotHeight * value(points.get(i), series) / scale;
                path.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                body.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", px,
                        py, LINE_COLOURS[series]));
            }
            body.append(String.format(Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                    path.toString().trim(), LINE_COLOURS[series]));
            legendItems.add(new LegendItem(LINE_COLOURS[series], msg(locale, legend[series])));
        }
        int bottom = legend(body, left, top + plotHeight + 44, WIDTH - right, legendItems);
        return open("chart-trend", bottom + 10, msg(locale, "report.chart.trend"),
                msg(locale, "report.chart.trend.desc", items)).append(body).append("</svg>").toString();
    }

    public static String colour(TargetStatus status) {
        return switch (status) {
            case BELOW -> BELOW;
            case WITHIN -> WITHIN;
            case ABOVE -> ABOVE;
        };
    }

    private static long value(TrendPoint point, int series) {
        return switch (series) {
            case 0 -> point.activeInitiatives();
            case 1 -> point.newInitiatives();
            case 2 -> point.eventsHeld();
            default -> point.visitsHeld();
        };
    }

    private static long maxOf(Target target) {
        return target.max() == null ? target.min() : target.max();
    }

    private static double x(long value, long scale, int width) {
        return (double) width * value / scale;
    }

    private static StringBuilder open(String id, int height, String title, String desc) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>");
        return svg;
    }

    /** A colour swatch and its label in a chart legend. */
    private record LegendItem(String colour, String label) {
    }

    /**
     * Lays the legend out left to right from ({@code x}, {@code y}), measuring each label in the chart's font
     * and starting a new line before an item that would pass {@code right}, so that no two items overlap
     * whatever the language. Returns the baseline of the last line.
     */
    static int legend(StringBuilder svg, int x, int y, int right, List<LegendItem> items) {
        int at = x;
        for (LegendItem item : items) {
            int width = SWATCH + (int) Math.ceil(textWidth(item.label()));
            if (at > x && at + width > right) {
                at = x;
                y += LEGEND_LINE;
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"10\" fill=\"%s\"/>",
                    at, y - 9, item.colour()));
            text(svg, at + SWATCH, y, "start", item.label());
            at += width + LEGEND_GAP;
        }
        return y;
    }

    /** The width of a text in the charts' font (DejaVu Sans, 12 px, the font the PDF embeds). */
    static double textWidth(String text) {
        return LabelFont.FONT.getStringBounds(text, LabelFont.CONTEXT).getWidth();
    }

    /** Loaded on first use. */
    private static final class LabelFont {

        static final Font FONT = load();
        static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

        private static Font load() {
            try (InputStream in = new ClassPathResource("fonts/DejaVuSans.ttf").getInputStream()) {
                return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
            }
            catch (IOException | FontFormatException ex) {
                throw new IllegalStateException("the charts' font DejaVuSans.ttf cannot be read", ex);
            }
        }
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"#1d1d1b\">").append(escape(text)).append("</text>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
