package hu.kozossegi.portal.home.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the public home page shows; immutable, so it can be kept. {@code pointMarkup} is the settlements
 * reached as SVG circles, written once when the figures are computed (about 850 at stress scale: rendered by the
 * template on every request they were most of the page's cost).
 */
public record HomeFigures(YearFigures thisYear, YearFigures lastYear, List<CountyShape> counties,
        List<LegendItem> legend, List<Point> points, String pointMarkup, List<LatestPractice> latest, int width,
        int height) {

    HomeFigures(YearFigures thisYear, YearFigures lastYear, List<CountyShape> counties, List<LegendItem> legend,
            List<Point> points, List<LatestPractice> latest, int width, int height) {
        this(thisYear, lastYear, counties, legend, points, markup(points), latest, width, height);
    }

    /** The points as SVG circles; numbers only, nothing to escape. */
    private static String markup(List<Point> points) {
        StringBuilder svg = new StringBuilder(points.size() * 72);
        for (Point p : points) {
            svg.append("<circle class=\"settlement-point\" r=\"2.5\" cx=\"").append(p.x()).append("\" cy=\"")
                    .append(p.y()).append("\"></circle>");
        }
        return svg.toString();
    }

    /** The network at a glance in one year. */
    public record YearFigures(int year, long counties, long settlementsReached, long runningInitiatives,
            long eventsHeld, long accreditedPractices) {
    }

    /**
     * A county on the map: outline (SVG points), figures, shade class 0-4, and where its name stands (the
     * centroid of the outline; the name in lines split after its hyphens).
     */
    public record CountyShape(String code, String name, String points, long activeInitiatives,
            long settlementsReached, int shade, double labelX, double labelY, List<String> labelLines) {

        private static final String PEST = "13";

        static CountyShape of(String code, String name, String points, long activeInitiatives,
                long settlementsReached, int shade) {
            double[] centre = centroid(points);
            // Budapest lies in the middle of Pest: Pest's name goes into its southern half, clear of the capital's.
            double shiftY = PEST.equals(code) ? 45 : 0;
            return new CountyShape(code, name, points, activeInitiatives, settlementsReached, shade,
                    Math.round(centre[0] * 10) / 10.0, Math.round((centre[1] + shiftY) * 10) / 10.0,
                    List.of(name.replace("-", "-\n").split("\n")));
        }

        /** The area centroid of a polygon given as SVG points (x and y apart by a comma, pairs by spaces). */
        private static double[] centroid(String points) {
            String[] pairs = points.trim().split("\\s+");
            double[] xs = new double[pairs.length];
            double[] ys = new double[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                String[] xy = pairs[i].split(",");
                xs[i] = Double.parseDouble(xy[0]);
                ys[i] = Double.parseDouble(xy[1]);
            }
            double area = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < pairs.length; i++) {
                int j = (i + 1) % pairs.length;
                double cross = xs[i] * ys[j] - xs[j] * ys[i];
                area += cross;
                cx += (xs[i] + xs[j]) * cross;
                cy += (ys[i] + ys[j]) * cross;
            }
            return area == 0 ? new double[] {xs[0], ys[0]} : new double[] {cx / (3 * area), cy / (3 * area)};
        }
    }

    /** A shade class of the legend and the range of active initiatives it stands for. */
    public record LegendItem(int shade, long from, long to) {
    }

    /** A settlement reached, in map coordinates. */
    public record Point(double x, double y) {
    }

    /** A recently accredited practice. */
    public record LatestPractice(long id, String title, String settlementName, String countyName,
            LocalDate accreditedOn) {
    }
}
