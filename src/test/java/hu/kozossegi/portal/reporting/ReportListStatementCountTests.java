package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
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
 * The lists the report figures link to are paginated in SQL: a full page runs the same small number of statements
 * as the next page, whatever the number of rows (60 of each kind here, in a year of their own). The county page
 * shows the first 50 of each of its record lists and links to the full list.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportListStatementCountTests {

    static final int YEAR = 2033;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    void data() {
        TestData data = new TestData(jdbc);
        List<Long> villages = data.rows(60, g -> data.settlement("17").set("name", "Lapozó-falu " + g)
                .set("disadvantaged", g % 2 == 0)).insert();
        List<Long> workers = data.rows(60, g -> data.worker("17").set("full_name", "Lapozó Munkás " + g)).insert();
        List<Long> initiatives = data.rows(60, g -> data.initiative(villages.get(g - 1)).set("title", "Lapozó " + g)
                .set("start_date", LocalDate.of(YEAR, 3, 1)).set("lead_worker_id", workers.get(g - 1))
                .set("resident_participants", 3)).insert();
        data.rows(initiatives, i -> data.outcome(i).set("name", "Lapozó klub").set("achieved_on",
                LocalDate.of(YEAR, 5, 5))).insert();
        data.rows(60, g -> data.event("17", LocalDateTime.of(YEAR, 4, 1, 10, 0), 2).set("title", "Lapozó műhely " + g)
                .set("status", "HELD")).insert();
        List<Long> organisations = data.rows(60, g -> data.organisation("17", villages.get(g - 1))
                .set("name", "Lapozó egyesület Lapozó " + g).set("founded_on", LocalDate.of(YEAR, 6, 6))).insert();
        data.rows(60, g -> data.link("organisation_initiative").set("organisation_id", organisations.get(g - 1))
                .set("initiative_id", initiatives.get(g - 1)).set("relation", "RUNS")).add();
    }

    @Test
    void theCountyPageShowsTheFirstRecordsOfEachSectionAndLinksToTheFullListOfAllOfThem() {
        Document page = page("/reports/" + YEAR + "/counties/17");
        Map<String, String> fullLists = Map.of(
                "settlements", "/reports/" + YEAR + "/settlements?county=17",
                "initiatives", "/initiatives?county=17&year=" + YEAR + "&scope=active",
                "events", "/events?county=17&year=" + YEAR + "&status=HELD");
        for (Map.Entry<String, String> section : fullLists.entrySet()) {
            Element heading = page.selectFirst("h2#" + section.getKey());
            Element note = heading.nextElementSibling();
            assertThat(note.text()).as(section.getKey()).startsWith("A lista az első 50 tételt mutatja.");
            Element link = note.selectFirst("a");
            assertThat(link.attr("href")).as(section.getKey()).isEqualTo(section.getValue());
            assertThat(link.text()).isEqualTo(heading.text() + ": a teljes lista");
            assertThat(note.nextElementSibling().select("tbody tr")).as(section.getKey()).hasSize(50);
            // The full list holds all of them (at least these 60: other tests' long-running initiatives in county 17
            // count too), as many as the figure says where the section is one figure's records.
            long all = Long.parseLong(page(link.attr("href")).selectFirst("[data-count]").attr("data-count"));
            assertThat(all).as(section.getValue()).isGreaterThanOrEqualTo(60);
            String figure = Map.of("settlements", "SETTLEMENTS_REACHED", "initiatives", "ACTIVE_INITIATIVES")
                    .get(section.getKey());
            if (figure != null) {
                assertThat(page.selectFirst("td[data-indicator=" + figure + "]").text().replaceAll("\\D", ""))
                        .as(figure).isEqualTo(Long.toString(all));
            }
        }
        // No visits: the "none" sentence, no link.
        Element visits = page.selectFirst("h2#visits").nextElementSibling();
        assertThat(visits.text()).isEqualTo("Nincs ilyen tétel.");
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(TestUsers.national()).exchange();
        assertThat(result).as(uri).hasStatusOk();
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private long statements(String uri) {
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(TestUsers.coordinator("17"))).hasStatusOk();
        return SqlStatementCounter.count();
    }

    @Test
    void everyFigureListRunsABoundedNumberOfStatements() {
        for (String list : List.of("/reports/" + YEAR + "/settlements?county=17",
                "/reports/" + YEAR + "/workers?county=17&kind=VOLUNTEER", "/reports/" + YEAR + "/outcomes?type=CLUB",
                "/reports/" + YEAR + "/organisations?county=17", "/reports/" + YEAR + "/organisations?which=founded",
                "/initiatives?county=17&year=" + YEAR + "&scope=new",
                "/events?county=17&year=" + YEAR + "&status=HELD&kind=WORKSHOP",
                "/visits?organiser=17&year=" + YEAR, "/good-practices?county=17&accreditedYear=" + YEAR)) {
            statements(list);
            long first = statements(list);
            long next = statements(list + "&page=1");
            // Page 1 may lie past the last page: the list then reads the last page again (the page-past-last rule).
            assertThat(first).as(list).isPositive().isLessThanOrEqualTo(8);
            assertThat(next).as(list + "&page=1").isPositive().isLessThanOrEqualTo(8);
        }
    }
}
