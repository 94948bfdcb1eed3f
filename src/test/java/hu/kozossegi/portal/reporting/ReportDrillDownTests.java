package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * DESIGN.md section 3: every figure of the national report (county, region and national rows) and of two county
 * pages links to a list whose count (or, for a sum, the sum it shows) equals the figure. Built on the hand-made
 * data set of {@link ReportFixture}; follows every link as a reader would and reads the list page's total.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDrillDownTests {

    static final int YEAR = ReportFixture.YEAR;

    /** Figures that are sums: the list page shows the same sum over its rows. */
    static final Set<Indicator> SUMS = EnumSet.of(Indicator.ATTENDANCES, Indicator.VISITING_PARTICIPANTS,
            Indicator.RESIDENT_PARTICIPANTS);

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    /** Who follows the links (the national office unless a test says otherwise). */
    private org.springframework.test.web.servlet.request.RequestPostProcessor reader = TestUsers.national();

    @BeforeAll
    void build() {
        new ReportFixture(jdbc).build();
    }

    @Test
    void everyFigureOfTheNationalReportLeadsToAListOfThatManyRecords() {
        Document report = page("/reports/" + YEAR);
        List<Element> cells = report.select("table.figures td[data-indicator]");
        // 20 counties + 7 regions + the national row, every indicator of the three tables.
        assertThat(cells).hasSize(28 * Indicator.values().length);
        checkAll(cells);
    }

    @Test
    void everyFigureOfTwoCountyPagesLeadsToAListOfThatManyRecords() {
        for (String county : List.of("17", "18")) {
            Document page = page("/reports/" + YEAR + "/counties/" + county);
            List<Element> cells = page.select("table.figures td[data-indicator]");
            assertThat(cells).hasSize(Indicator.values().length);
            checkAll(cells);
        }
    }

    @Test
    void theFixtureGivesFiguresThatTellTheListsApart() {
        // New and active, organised and hosted, accredited this year or ever: the figures differ, so a link to the
        // wrong list cannot pass by accident.
        Document tolna = page("/reports/" + YEAR + "/counties/17");
        assertThat(figure(tolna, Indicator.NEW_INITIATIVES)).isNotEqualTo(figure(tolna, Indicator.ACTIVE_INITIATIVES));
        Document vas = page("/reports/" + YEAR + "/counties/18");
        assertThat(figure(vas, Indicator.VISITS_HELD)).isZero();
        assertThat(figure(tolna, Indicator.VISITS_HELD)).isEqualTo(1);
        assertThat(figure(tolna, Indicator.ACTIVE_WORKERS)).isPositive();
    }

    @Test
    void anOrganisationSupportedFourWaysIsListedOnceInItsCountyItsRegionAndTheNation() {
        // r1 (Tolna) runs i1 (Tolna) and i5 (Vas) and is enrolled in P1: one organisation, one line, Tolna's only.
        Document tolna = page("/reports/" + YEAR + "/counties/17");
        assertThat(figure(tolna, Indicator.ORGANISATIONS_SUPPORTED)).isEqualTo(1);
        assertThat(figure(tolna, Indicator.ORGANISATIONS_FOUNDED)).isEqualTo(1);
        for (String href : List.of(link(tolna, Indicator.ORGANISATIONS_SUPPORTED),
                "/reports/" + YEAR + "/organisations?region=2&county=", "/reports/" + YEAR + "/organisations?county=")) {
            Document list = page(href);
            assertThat(list.select("table tbody tr th").eachText()).as(href).containsOnlyOnce("Riport szervezet r1")
                    .doesNotContain("Riport szervezet r2", "Riport szervezet r4", "Riport szervezet r5",
                            "Riport szervezet r6", "Riport szervezet r7");
        }
        Document vas = page("/reports/" + YEAR + "/counties/18");
        Document vasList = page(link(vas, Indicator.ORGANISATIONS_SUPPORTED));
        assertThat(vasList.select("table tbody tr th").eachText()).containsExactly("Riport csoport r3");
        Document founded = page(link(tolna, Indicator.ORGANISATIONS_FOUNDED));
        assertThat(founded.select("table tbody tr th").eachText()).containsExactly("Riport szervezet r2");
    }

    @Test
    void nationalAndRegionFiguresOpenedByCountyStaffLeadToTheNationalAndRegionLists() {
        // County staff's lists start at their own county; a figure's link must still list what the figure counts.
        reader = TestUsers.developer("17");
        try {
            Document report = page("/reports/" + YEAR);
            List<Element> cells = report.select("table.figures td[data-indicator]").stream()
                    .filter(c -> c.parent().hasClass("subtotal") || c.parent().hasClass("total")).toList();
            // 7 regions + the national row.
            assertThat(cells).hasSize(8 * Indicator.values().length);
            checkAll(cells);
        } finally {
            reader = TestUsers.national();
        }
    }

    @Test
    void aVisitFigureListsOnlyHeldVisitsNotThePlannedOrCancelledOnesOfTheYear() {
        Document tolna = page("/reports/" + YEAR + "/counties/17");
        Element link = tolna.selectFirst("table.figures td[data-indicator=VISITS_HELD] a");
        assertThat(link.attr("href")).contains("status=HELD");
        Document list = page(link.attr("href"));
        assertThat(list.selectFirst("[data-count]").attr("data-count")).isEqualTo("1");
        assertThat(list.select("table tbody tr")).hasSize(1);
        assertThat(list.select("table tbody").text()).contains("Megtartott").doesNotContain("Tervezett")
                .doesNotContain("Elmaradt");
        // The same list without the status filter shows all three of the year: the figure's link is what hides them.
        Document all = page("/visits?organiser=17&county=&year=" + YEAR);
        assertThat(all.selectFirst("[data-count]").attr("data-count")).isEqualTo("3");
        assertThat(all.select("table tbody").text()).contains("Tervezett").contains("Elmaradt");
    }

    private void checkAll(List<Element> cells) {
        SoftAssertions soft = new SoftAssertions();
        List<String> checked = new ArrayList<>();
        for (Element cell : cells) {
            Indicator indicator = Indicator.valueOf(cell.attr("data-indicator"));
            Element link = cell.selectFirst("a[href]");
            String row = cell.parent().selectFirst("th") == null ? "?" : cell.parent().selectFirst("th").text();
            if (link == null) {
                soft.fail("no link for %s in row %s", indicator, row);
                continue;
            }
            long figure = number(link.text());
            long listed = listed(link.attr("href"), indicator);
            soft.assertThat(listed).as("%s in row %s: %s", indicator, row, link.attr("href")).isEqualTo(figure);
            checked.add(indicator + "@" + row);
        }
        soft.assertAll();
        assertThat(checked).isNotEmpty();
    }

    private long listed(String href, Indicator indicator) {
        Document list = page(href);
        Element total = SUMS.contains(indicator) ? list.selectFirst("[data-sum]") : list.selectFirst("[data-count]");
        assertThat(total).as("total on %s", href).isNotNull();
        return Long.parseLong(SUMS.contains(indicator) ? total.attr("data-sum") : total.attr("data-count"));
    }

    private static String link(Document page, Indicator indicator) {
        return page.selectFirst("table.figures td[data-indicator=" + indicator.name() + "] a").attr("href");
    }

    private static long figure(Document page, Indicator indicator) {
        return number(page.selectFirst("table.figures td[data-indicator=" + indicator.name() + "] a").text());
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri.replace("&amp;", "&")).with(reader).exchange();
        assertThat(result).as(uri).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
