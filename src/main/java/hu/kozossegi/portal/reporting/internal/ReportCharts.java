package hu.kozossegi.portal.reporting.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
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
        int height = top + rows.size() * rowHeight + 40;
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
        StringBuilder svg = open("chart-new", height, msg(locale, "report.chart.newVsTarget"),
                msg(locale, "report.chart.newVsTarget.desc", items));
        int y = top;
        for (ReportRow row : rows) {
            long value = row.value(Indicator.NEW_INITIATIVES);
            Target target = row.target(Indicator.NEW_INITIATIVES);
            text(svg, labelWidth - 8, y + 15, "end", row.name());
            if (target != null) {
                double from = x(target.min(), scale, barArea);
                double to = x(maxOf(target), scale, barArea);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#d8d8d6\"/>",
                        labelWidth + from, y + 1, Math.max(2, to - from), rowHeight - 2));
            }
            String colour = target == null ? NO_TARGET : colour(target.status(value));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    labelWidth, y + 5, x(value, scale, barArea), rowHeight - 10, colour));
            text(svg, labelWidth + (int) x(value, scale, barArea) + 4, y + 15, "start", String.valueOf(value));
            y += rowHeight;
        }
        legendBox(svg, labelWidth, y + 12, "#d8d8d6", msg(locale, "report.chart.legend.target"));
        return svg.append("</svg>").toString();
    }

    /** Lines of the main national indicators over the years up to the report year. */
    public String trend(AnnualReport report, Locale locale) {
        List<TrendPoint> points = report.trend();
        int height = 300;
        int left = 60;
        int right = 20;
        int top = 15;
        int plotHeight = 200;
        int plotWidth = WIDTH - left - right;
        long scale = Math.max(1, points.stream().mapToLong(p -> Math.max(Math.max(p.activeInitiatives(),
                p.newInitiatives()), Math.max(p.eventsHeld(), p.visitsHeld()))).max().orElse(1));
        String items = points.stream().map(p -> msg(locale, "report.chart.trend.item", p.year(), p.activeInitiatives(),
                p.newInitiatives(), p.eventsHeld(), p.visitsHeld())).collect(Collectors.joining("; "));
        StringBuilder svg = open("chart-trend", height, msg(locale, "report.chart.trend"),
                msg(locale, "report.chart.trend.desc", items));
        for (int i = 0; i <= 4; i++) {
            long tick = Math.round(scale * i / 4.0);
            int y = top + plotHeight - plotHeight * i / 4;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>",
                    left, y, left + plotWidth, y));
            text(svg, left - 6, y + 4, "end", String.valueOf(tick));
        }
        double step = points.size() > 1 ? (double) plotWidth / (points.size() - 1) : 0;
        for (int i = 0; i < points.size(); i++) {
            text(svg, (int) (left + i * step), top + plotHeight + 18, "middle", String.valueOf(points.get(i).year()));
        }
        String[] legend = {"report.chart.legend.active", "report.chart.legend.new", "report.chart.legend.events",
            "report.chart.legend.visits"};
        for (int series = 0; series < 4; series++) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double px = left + i * step;
                double py = top + plotHeight - (double) plotHeight * value(points.get(i), series) / scale;
                path.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", px,
                        py, LINE_COLOURS[series]));
            }
            svg.append(String.format(Locale.ROOT,
                    "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                    path.toString().trim(), LINE_COLOURS[series]));
            legendBox(svg, left + series * 165, top + plotHeight + 40, LINE_COLOURS[series], msg(locale, legend[series]));
        }
        return svg.append("</svg>").toString();
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

    private static void legendBox(StringBuilder svg, int x, int y, String colour, String label) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"10\" fill=\"%s\"/>",
                x, y - 9, colour));
        text(svg, x + 20, y, "start", label);
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
