package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.Target;
import hu.kozossegi.portal.reporting.internal.TargetIndicator;
import hu.kozossegi.portal.reporting.internal.TargetStatus;
import org.junit.jupiter.api.Test;

/** DESIGN.md section 3: percent of target = actual / minimum, rounded half up to a whole percent; none for minimum 0. */
class TargetTests {

    @Test
    void percentIsActualOverTheMinimumRoundedHalfUp() {
        assertThat(new Target(3, 5).percent(2)).isEqualTo(67);     // 66.67
        assertThat(new Target(3, 5).percent(1)).isEqualTo(33);     // 33.33
        assertThat(new Target(3, 5).percent(5)).isEqualTo(167);    // 166.67: the maximum plays no part
        assertThat(new Target(8, null).percent(1)).isEqualTo(13);  // 12.5 up
        assertThat(new Target(200, null).percent(1)).isEqualTo(1); // 0.5 up
        assertThat(new Target(200, null).percent(3)).isEqualTo(2); // 1.5 up
        assertThat(new Target(200, null).percent(5)).isEqualTo(3); // 2.5 up (not to even)
        assertThat(new Target(400, null).percent(1)).isEqualTo(0); // 0.25 down
        assertThat(new Target(3, null).percent(0)).isEqualTo(0);
    }

    @Test
    void noPercentWhenTheMinimumIsZero() {
        assertThat(new Target(0, 4).percent(3)).isNull();
        assertThat(new Target(0, null).percent(0)).isNull();
    }

    /** The case: "5 new, target 3-5, 167 %, within" on a region row of a snapshot closed before the fix. */
    @Test
    void onlyCountyRowsHaveATargetEvenWhenAnOldSnapshotCarriesASummedOne() {
        Map<TargetIndicator, Target> summed = Map.of(TargetIndicator.NEW_INITIATIVES, new Target(3, 5));
        Map<Indicator, Long> five = Map.of(Indicator.NEW_INITIATIVES, 5L);
        for (ReportRow.Kind kind : List.of(ReportRow.Kind.REGION, ReportRow.Kind.NATIONAL)) {
            ReportRow row = new ReportRow(kind, "2", "Dél-Dunántúl", 2, five, summed);
            assertThat(row.target(Indicator.NEW_INITIATIVES)).as(kind.name()).isNull();
            assertThat(row.percent(Indicator.NEW_INITIATIVES)).as(kind.name()).isNull();
            assertThat(row.status(Indicator.NEW_INITIATIVES)).as(kind.name()).isNull();
        }
        ReportRow county = new ReportRow(ReportRow.Kind.COUNTY, "17", "Tolna", 2, five, summed);
        assertThat(county.percent(Indicator.NEW_INITIATIVES)).isEqualTo(167);
        assertThat(county.status(Indicator.NEW_INITIATIVES)).isEqualTo(TargetStatus.WITHIN);
    }

    @Test
    void statusAgainstTheRange() {
        assertThat(new Target(2, 4).status(1)).isEqualTo(TargetStatus.BELOW);
        assertThat(new Target(2, 4).status(2)).isEqualTo(TargetStatus.WITHIN);
        assertThat(new Target(2, 4).status(4)).isEqualTo(TargetStatus.WITHIN);
        assertThat(new Target(2, 4).status(5)).isEqualTo(TargetStatus.ABOVE);
        assertThat(new Target(2, null).status(500)).isEqualTo(TargetStatus.WITHIN);
        assertThat(new Target(0, null).status(0)).isEqualTo(TargetStatus.WITHIN);
        assertThatThrownBy(() -> new Target(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
