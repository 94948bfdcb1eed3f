package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The national report page's county tables are rendered once and kept (ReportViews): a write shows in them at the
 * next view, each language gets its own, and every reader gets the same tables. Year 2037 belongs to this test alone.
 */
@PortalIntegrationTest
class ReportTablesKeptTests {

    static final int YEAR = 2037;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aNewInitiativeAndANewTargetShowInTheTablesAtTheNextView() throws Exception {
        TestData data = new TestData(jdbc);
        long settlement = data.settlement("17").set("name", "Táblafalva").set("disadvantaged", false).insert();
        long before = newInitiatives(tables(TestUsers.national(), "hu"), "total");
        assertThat(newInitiatives(tables(TestUsers.national(), "hu"), "total")).as("viewed again").isEqualTo(before);

        data.initiative(settlement).set("title", "Táblakör").set("start_date", LocalDate.of(YEAR, 3, 1)).insert();

        assertThat(newInitiatives(tables(TestUsers.national(), "hu"), "total")).isEqualTo(before + 1);
        assertThat(newInitiatives(tables(TestUsers.coordinator("02"), "en"), "total")).isEqualTo(before + 1);
        assertThat(target(tables(TestUsers.national(), "hu"))).as("Tolna's target before it is set").isEmpty();

        data.countyTarget(YEAR, "17", "NEW_INITIATIVES", 4);

        assertThat(target(tables(TestUsers.national(), "hu"))).startsWith("cél ≥ 4 · ").endsWith("cél alatt");
        assertThat(target(tables(TestUsers.national(), "en"))).startsWith("target ≥ 4 · ").endsWith("below target");
    }

    @Test
    void eachLanguageHasItsTablesAndEveryReaderTheSame() throws Exception {
        Element hungarian = tables(TestUsers.national(), "hu");
        Element english = tables(TestUsers.coordinator("02"), "en");

        assertThat(hungarian.selectFirst("tr.total th").text()).isEqualTo("Országos összesen");
        assertThat(english.selectFirst("tr.total th").text()).isEqualTo("National total");
        assertThat(tables(TestUsers.national(), "hu").selectFirst("tr.total th").text()).as("Hungarian after English")
                .isEqualTo("Országos összesen");
        for (String language : new String[] {"hu", "en"}) {
            String national = tables(TestUsers.national(), language).outerHtml();
            assertThat(tables(TestUsers.coordinator("02"), language).outerHtml()).as(language).isEqualTo(national);
            assertThat(tables(TestUsers.developer("17"), language).outerHtml()).as(language).isEqualTo(national);
        }
        // What the role changes lies outside the tables: the national office's links to edit the year.
        assertThat(page(TestUsers.national(), "hu")).contains("/admin/years/" + YEAR + "/narrative");
        assertThat(page(TestUsers.coordinator("02"), "hu")).doesNotContain("/admin/years/" + YEAR + "/narrative");
    }

    private Element tables(RequestPostProcessor reader, String language) throws UnsupportedEncodingException {
        return Jsoup.parse(page(reader, language)).selectFirst("section.report-tables");
    }

    private String page(RequestPostProcessor reader, String language) throws UnsupportedEncodingException {
        MvcTestResult result = mvc.get().uri("/reports/" + YEAR + "?lang=" + language).with(reader).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static long newInitiatives(Element tables, String row) {
        return Long.parseLong(tables.selectFirst("tr." + row + " td[data-indicator=NEW_INITIATIVES] a").text()
                .replaceAll("\\D", ""));
    }

    /** Tolna's target text of its new initiatives ("" when it has none). */
    private static String target(Element tables) {
        Element tolna = tables.select("tr.county-row").stream()
                .filter(row -> row.selectFirst("th").text().equals("Tolna")).findFirst().orElseThrow();
        Element target = tolna.selectFirst("td[data-indicator=NEW_INITIATIVES] .target");
        return target == null ? "" : target.text();
    }
}
