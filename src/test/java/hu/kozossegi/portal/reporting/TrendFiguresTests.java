package hu.kozossegi.portal.reporting;

import static hu.kozossegi.portal.reporting.internal.Indicator.ACTIVE_INITIATIVES;
import static hu.kozossegi.portal.reporting.internal.Indicator.CONFERENCES_HELD;
import static hu.kozossegi.portal.reporting.internal.Indicator.CONSULTATIONS_HELD;
import static hu.kozossegi.portal.reporting.internal.Indicator.NEW_INITIATIVES;
import static hu.kozossegi.portal.reporting.internal.Indicator.TRAININGS_HELD;
import static hu.kozossegi.portal.reporting.internal.Indicator.VISITS_HELD;
import static hu.kozossegi.portal.reporting.internal.Indicator.WORKSHOPS_HELD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.ReportRow;
import hu.kozossegi.portal.reporting.internal.TrendPoint;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The trend of the annual report counts each year as that year's own report does: the trend is one statement
 * over ten years (the initiatives counted by their start and end years), the report one year's statements, so a
 * point that differs from its year's national row is a defect of one of them. Over the correctness data set
 * ({@link ReportFixture}: initiatives ending on 1 January, starting on 31 December, planned, ended the year
 * before) and whatever the other tests left in the database.
 */
@PortalIntegrationTest
class TrendFiguresTests {

    @Autowired JdbcClient jdbc;
    @Autowired AnnualReports reports;

    @Test
    void everyPointOfTheTrendIsItsYearsNationalFigure() {
        new ReportFixture(jdbc).build();
        for (int year : new int[] {ReportFixture.YEAR, ReportFixture.YEAR + 1}) {
            List<TrendPoint> trend = reports.compute(year).trend();
            assertThat(trend).as("trend up to %d", year).isNotEmpty();
            assertThat(trend.get(trend.size() - 1).year()).isEqualTo(year);
            for (TrendPoint point : trend) {
                ReportRow national = reports.compute(point.year()).nationalRow();
                assertThat(point.activeInitiatives()).as("active initiatives %d", point.year())
                        .isEqualTo(national.value(ACTIVE_INITIATIVES));
                assertThat(point.newInitiatives()).as("new initiatives %d", point.year())
                        .isEqualTo(national.value(NEW_INITIATIVES));
                assertThat(point.eventsHeld()).as("events held %d", point.year())
                        .isEqualTo(national.value(WORKSHOPS_HELD) + national.value(TRAININGS_HELD)
                                + national.value(CONSULTATIONS_HELD) + national.value(CONFERENCES_HELD));
                assertThat(point.visitsHeld()).as("visits held %d", point.year())
                        .isEqualTo(national.value(VISITS_HELD));
            }
        }
        // The fixture's year has initiatives active and started in it, and the year before one that ended in it.
        List<TrendPoint> trend = reports.compute(ReportFixture.YEAR).trend();
        TrendPoint last = trend.get(trend.size() - 1);
        assertThat(last.activeInitiatives()).isPositive();
        assertThat(last.newInitiatives()).isPositive();
        assertThat(trend.stream().mapToLong(TrendPoint::activeInitiatives).distinct().count())
                .as("the active initiatives differ between years").isGreaterThan(1);
    }
}
