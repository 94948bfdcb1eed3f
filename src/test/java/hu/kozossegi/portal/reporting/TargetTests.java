package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hu.kozossegi.portal.reporting.internal.Target;
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
