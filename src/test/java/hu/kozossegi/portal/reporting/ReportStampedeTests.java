package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The first views of a report after a write, all at once (a cache stampede): one request computes the figures, the
 * others wait for its result instead of each running the figures' statements (which emptied the connection pool and
 * answered 503 at stress scale), and every one shows the write. Year 2048 belongs to this test alone.
 */
@PortalIntegrationTest
class ReportStampedeTests {

    static final int YEAR = 2048;
    static final int VIEWS = 24;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AnnualReports reports;

    @Test
    void concurrentFirstViewsAfterAWriteComputeTheFiguresOnceAndAllShowTheWrite() throws Exception {
        TestData data = new TestData(jdbc);
        long settlement = data.settlement("17").set("name", "Rohamfalva").set("disadvantaged", false).insert();
        long before = reports.report(YEAR).nationalRow().value(Indicator.ACTIVE_INITIATIVES);
        SqlStatementCounter.reset();
        reports.compute(YEAR);
        long computation = SqlStatementCounter.count();

        for (int round = 1; round <= 3; round++) {
            data.initiative(settlement).set("title", "Rohamkör " + round).set("start_date", LocalDate.of(YEAR, 3, round))
                    .insert();

            List<View> views = viewAllAtOnce();

            assertThat(views).as("round %d: every view answers", round).allSatisfy(view -> {
                assertThat(view.status()).isEqualTo(200);
                assertThat(view.body()).contains("<svg");
            });
            long computing = views.stream().filter(view -> view.statements() >= computation).count();
            assertThat(computing).as("round %d: views that ran the %d statements of the figures (of %d views)", round,
                    computation, VIEWS).isLessThanOrEqualTo(1);
            SqlStatementCounter.reset();
            AnnualReport after = reports.report(YEAR);
            assertThat(SqlStatementCounter.count()).as("the figures are kept after the stampede")
                    .isLessThan(computation - 5);
            assertThat(after.nationalRow().value(Indicator.ACTIVE_INITIATIVES)).isEqualTo(before + round);
            AnnualReport computed = reports.compute(YEAR);
            assertThat(after.rows()).extracting(row -> row.values()).as("every figure as computed now")
                    .isEqualTo(computed.rows().stream().map(row -> row.values()).toList());
        }
    }

    private List<View> viewAllAtOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(VIEWS);
        ExecutorService pool = Executors.newFixedThreadPool(VIEWS);
        try {
            List<Future<View>> views = new ArrayList<>();
            for (int i = 0; i < VIEWS; i++) {
                views.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    SqlStatementCounter.reset();
                    MvcTestResult result = mvc.get().uri("/reports/" + YEAR).with(TestUsers.developer("12")).exchange();
                    return new View(result.getResponse().getStatus(), result.getResponse().getContentAsString(),
                            SqlStatementCounter.count());
                }));
            }
            List<View> done = new ArrayList<>();
            for (Future<View> view : views) {
                done.add(view.get(60, TimeUnit.SECONDS));
            }
            return done;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private record View(int status, String body, long statements) {
    }
}
