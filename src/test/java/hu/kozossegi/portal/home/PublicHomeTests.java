package hu.kozossegi.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import hu.kozossegi.portal.home.internal.HomeFigures;
import hu.kozossegi.portal.home.internal.NetworkAtAGlance;
import hu.kozossegi.portal.practices.PracticeFixtures;
import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
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
    CacheManager caches;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anonymousVisitorsSeeTheFiguresTheMapAndTheLatestPractices() throws Exception {
        int year = NetworkAtAGlance.currentYear();
        caches.getCache(NetworkAtAGlance.CACHE).clear();
        HomeFigures before = network.figures(year);
        String title = "Főoldali " + System.nanoTime();
        fixtures.practice("18", title, PracticeStatus.ACCREDITED);
        new TestData(jdbc).event("18", LocalDateTime.of(year, 1, 15, 10, 0), 2).set("title", "Főoldali műhely")
                .set("status", "HELD").insert();
        // Cached: the figures stay as they were until the cache expires or is cleared.
        assertThat(network.figures(year)).isSameAs(before);
        caches.getCache(NetworkAtAGlance.CACHE).clear();
        HomeFigures after = network.figures(year);
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
    }
}
