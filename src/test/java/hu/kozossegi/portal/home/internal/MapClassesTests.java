package hu.kozossegi.portal.home.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import hu.kozossegi.portal.home.internal.HomeFigures.LegendItem;
import org.junit.jupiter.api.Test;

/** The map's colour classes tell the counties apart: quartiles of the data, not equal steps up to the largest. */
class MapClassesTests {

    /** Like the demo data: 19 counties with 43-56 running initiatives and Budapest with many more. */
    private static final long[] COUNTIES = {43, 44, 45, 46, 46, 47, 48, 49, 49, 50, 51, 51, 52, 53, 53, 54, 55, 55, 56,
        160};

    @Test
    void noClassHoldsMostOfTheCounties() {
        MapClasses classes = MapClasses.fit(LongStream.of(COUNTIES));
        Map<Integer, Long> sizes = Arrays.stream(COUNTIES).mapToObj(n -> classes.shade(n))
                .collect(Collectors.groupingBy(shade -> shade, Collectors.counting()));
        assertThat(sizes.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isBetween(4L, 6L));
    }

    @Test
    void theLegendCoversEveryCountWithoutGapsOrOverlaps() {
        MapClasses classes = MapClasses.fit(LongStream.of(COUNTIES));
        var legend = classes.legend();
        assertThat(legend.get(0)).isEqualTo(new LegendItem(0, 0, 0));
        for (int k = 1; k < legend.size(); k++) {
            LegendItem item = legend.get(k);
            assertThat(item.from()).isEqualTo(legend.get(k - 1).to() + 1);
            for (long n = item.from(); n <= item.to(); n++) {
                assertThat(classes.shade(n)).isEqualTo(item.shade());
            }
        }
        assertThat(legend.get(legend.size() - 1).to()).isEqualTo(160);
        assertThat(classes.shade(0)).isZero();
    }

    @Test
    void fewDistinctValuesGiveFewerClasses() {
        MapClasses classes = MapClasses.fit(LongStream.of(0, 5, 5, 5, 5, 5));
        assertThat(classes.legend()).hasSize(2);
        assertThat(classes.shade(5)).isEqualTo(1);
        assertThat(MapClasses.fit(LongStream.of(0, 0)).legend()).hasSize(1);
    }
}
