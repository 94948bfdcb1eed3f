package hu.kozossegi.portal.home.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import hu.kozossegi.portal.home.internal.HomeFigures.LegendItem;

/**
 * Colour classes of the county map fitted to the data: quartiles of the counties with at least one running
 * initiative, so that the counties fall into classes of about the same size (equal steps from zero to the
 * largest county put 19 of 20 counties into one class, because Budapest runs many more). Class 0 is "none".
 */
final class MapClasses {

    static final int CLASSES = 4;

    /** Upper bounds of classes 1..n, ascending and distinct. */
    private final long[] upper;

    private MapClasses(long[] upper) {
        this.upper = upper;
    }

    static MapClasses fit(LongStream counts) {
        long[] values = counts.filter(n -> n > 0).sorted().toArray();
        List<Long> bounds = new ArrayList<>();
        for (int k = 1; k <= CLASSES && values.length > 0; k++) {
            long bound = values[(int) Math.ceil(k * values.length / (double) CLASSES) - 1];
            if (bounds.isEmpty() || bounds.get(bounds.size() - 1) < bound) {
                bounds.add(bound);
            }
        }
        return new MapClasses(bounds.stream().mapToLong(Long::longValue).toArray());
    }

    /** The class of a county with {@code n} running initiatives: 0 for none, else 1..{@link #CLASSES}. */
    int shade(long n) {
        if (n <= 0) {
            return 0;
        }
        for (int k = 0; k < upper.length; k++) {
            if (n <= upper[k]) {
                return k + 1;
            }
        }
        return upper.length;
    }

    /** One legend line per class that occurs, with the range of counts it stands for. */
    List<LegendItem> legend() {
        List<LegendItem> legend = new ArrayList<>();
        legend.add(new LegendItem(0, 0, 0));
        long from = 1;
        for (int k = 0; k < upper.length; k++) {
            legend.add(new LegendItem(k + 1, from, upper[k]));
            from = upper[k] + 1;
        }
        return legend;
    }
}
