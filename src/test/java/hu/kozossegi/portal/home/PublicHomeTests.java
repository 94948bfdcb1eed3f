package hu.kozossegi.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.LocalDateTime;

import hu.kozossegi.portal.home.internal.HomeFigures;
import hu.kozossegi.portal.home.internal.NetworkAtAGlance;
import hu.kozossegi.portal.practices.PracticeFixtures;
import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public home: figures for this and last year, the county map with a table alternative, latest practices. */
@PortalIntegrationTest
class PublicHomeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PracticeFixtures fixtures;

    @Autowired
    NetworkAtAGlance network;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anonymousVisitorsSeeTheFiguresTheMapAndTheLatestPractices() throws Exception {
        int year = NetworkAtAGlance.currentYear();
        HomeFigures before = settled(year);
        String title = "Főoldali " + System.nanoTime();
        fixtures.practice("18", title, PracticeStatus.ACCREDITED);
        new TestData(jdbc).event("18", LocalDateTime.of(year, 1, 15, 10, 0), 2).set("title", "Főoldali műhely")
                .set("status", "HELD").insert();
        // Kept by data version: the first look after the writes shows the previous figures at once and starts their
        // recomputation in the background; a later look shows the new ones.
        assertThat(network.figures(year)).isSameAs(before);
        HomeFigures after = settled(year);
        assertThat(after.thisYear().accreditedPractices()).isEqualTo(before.thisYear().accreditedPractices() + 1);
        assertThat(after.thisYear().runningInitiatives()).isGreaterThan(before.thisYear().runningInitiatives());
        assertThat(after.thisYear().eventsHeld()).isEqualTo(before.thisYear().eventsHeld() + 1);
        assertThat(after.lastYear().eventsHeld()).isEqualTo(before.lastYear().eventsHeld());
        assertThat(after.counties().stream().filter(c -> c.code().equals("18")).findFirst().orElseThrow()
                .activeInitiatives()).isPositive();

        String html = mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("svg.county-map polygon.county")).hasSize(20);
        assertThat(doc.select("svg.county-map circle.settlement-point")).isNotEmpty();
        assertThat(doc.select(".map-table tbody tr")).hasSize(20);
        assertThat(doc.select("svg.county-map text.county-label")).hasSize(20);
        assertThat(doc.select("svg.county-map text.county-label").text()).contains("Baranya", "Budapest");
        assertThat(doc.select("svg.county-map text.county-label tspan").eachText())
                .containsSubsequence("Szabolcs-", "Szatmár-", "Bereg");
        assertThat(doc.select("table.glance thead th").eachText()).contains(String.valueOf(year), String.valueOf(year - 1));
        assertThat(doc.select("a[href^=/good-practices/]").eachText()).contains(title);
        assertThat(html).contains("GeoNames");
        // The settlements reached, written once as markup, are the same circles the template drew one by one.
        assertThat(doc.select("svg.county-map circle.settlement-point")).hasSize(after.points().size());
        assertThat(doc.select("svg.county-map circle.settlement-point").first().attr("cx"))
                .isEqualTo(String.valueOf(after.points().get(0).x()));
        assertThat(doc.select("svg.county-map circle.settlement-point").first().attr("r")).isEqualTo("2.5");
    }

    /**
     * Issue 15: the minute the figures are recomputed. 8 visitors arriving together just after a write all get the
     * page at once with the previous figures: none of them runs the computation (each request runs a couple of
     * statements, the computation about ten), which happens once, in the background; then the new figures show.
     */
    @Test
    void visitorsArrivingTogetherAfterAWriteNeverWaitForTheRecomputation() throws Exception {
        int year = NetworkAtAGlance.currentYear();
        HomeFigures before = settled(year);
        fixtures.practice("18", "Roham " + System.nanoTime(), PracticeStatus.ACCREDITED);

        int visitors = 8;
        CyclicBarrier start = new CyclicBarrier(visitors);
        ExecutorService pool = Executors.newFixedThreadPool(visitors);
        List<Future<long[]>> results = new ArrayList<>();
        try {
            for (int i = 0; i < visitors; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    SqlStatementCounter.reset();
                    var response = mvc.get().uri("/").exchange().getResponse();
                    String practices = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                            .select("table.glance tbody tr").get(4).select("td").get(1).text();
                    return new long[] {response.getStatus(), SqlStatementCounter.count(), Long.parseLong(practices)};
                }));
            }
            for (Future<long[]> result : results) {
                long[] r = result.get(60, TimeUnit.SECONDS);
                assertThat(r[0]).isEqualTo(200);
                assertThat(r[1]).as("statements of one visitor's request").isLessThanOrEqualTo(2);
                assertThat(r[2]).isIn(before.thisYear().accreditedPractices(),
                        before.thisYear().accreditedPractices() + 1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(settled(year).thisYear().accreditedPractices())
                .isEqualTo(before.thisYear().accreditedPractices() + 1);
    }

    /** The figures once no recomputation is pending: the same kept figures on two looks half a second apart. */
    private HomeFigures settled(int year) throws InterruptedException {
        HomeFigures figures = network.figures(year);
        for (int i = 0; i < 60; i++) {
            Thread.sleep(500);
            HomeFigures again = network.figures(year);
            if (again == figures) {
                return figures;
            }
            figures = again;
        }
        throw new AssertionError("the home figures kept changing");
    }
}
