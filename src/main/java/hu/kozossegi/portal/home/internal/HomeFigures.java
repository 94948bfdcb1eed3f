package hu.kozossegi.portal.home.internal;

import java.time.LocalDate;
import java.util.List;

/** Everything the public home page shows; immutable, so it can be cached. */
public record HomeFigures(YearFigures thisYear, YearFigures lastYear, List<CountyShape> counties,
        List<LegendItem> legend, List<Point> points, List<LatestPractice> latest, int width, int height) {

    /** The network at a glance in one year. */
    public record YearFigures(int year, long counties, long settlementsReached, long runningInitiatives,
            long eventsHeld, long accreditedPractices) {
    }

    /** A county on the map: outline (SVG points), figures and shade class 0-4. */
    public record CountyShape(String code, String name, String points, long activeInitiatives,
            long settlementsReached, int shade) {
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
