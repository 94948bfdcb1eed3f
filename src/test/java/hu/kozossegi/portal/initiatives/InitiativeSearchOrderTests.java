package hu.kozossegi.portal.initiatives;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A text search longer than a page: every initiative whose title or primary settlement's name contains the text,
 * each once, newest start first (no start last, ties by id, newest first), the same on the pages, in the total and
 * in the export.
 */
@PortalIntegrationTest
class InitiativeSearchOrderTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    String tag;
    List<Long> matching;

    /** 38 matches (by title, by place, by both) among initiatives that do not match, with ties and no start. */
    @BeforeEach
    void data() {
        TestData fx = new TestData(jdbc);
        tag = unique("Zsályakert");
        long plain = fx.settlement("02", unique("Sima"));
        long named = fx.settlement("02", "Alsó" + tag.toLowerCase() + "falva");
        LocalDate day = LocalDate.of(2019, 6, 1);
        List<Long> byTitle = fx.rows(24, g -> fx.initiative(plain).set("title", "Közösségi " + tag + " " + g)
                .set("start_date", day.minusDays(g / 3 * 40))).insert();
        List<Long> unstarted = fx.rows(6, g -> fx.initiative(plain).set("title", tag + " terv " + g)
                .set("status", "PLANNED").set("start_date", null)).insert();
        List<Long> byPlace = fx.rows(6, g -> fx.initiative(named).set("title", unique("Idősek napja"))
                .set("start_date", day.minusDays(g * 50))).insert();
        List<Long> byBoth = fx.rows(2, g -> fx.initiative(named).set("title", tag + " a faluban " + g)
                .set("start_date", day.minusDays(g * 45))).insert();
        fx.rows(8, g -> fx.initiative(plain).set("title", unique("Zsályás ösvény"))
                .set("start_date", day.minusDays(g * 35))).insert();
        fx.initiative(plain).set("title", unique("Tervezett séta")).set("status", "PLANNED").set("start_date", null)
                .insert();
        List<Long> all = Stream.of(byTitle, unstarted, byPlace, byBoth).flatMap(List::stream).toList();
        Map<Long, LocalDate> starts = new HashMap<>();
        jdbc.sql("SELECT id, start_date FROM initiative WHERE id IN (:ids)").param("ids", all).query(rs -> {
            starts.put(rs.getLong("id"), rs.getObject("start_date", LocalDate.class));
        });
        Comparator<LocalDate> newestFirst = Comparator.nullsLast(Comparator.reverseOrder());
        matching = all.stream().sorted(Comparator.comparing((Long id) -> starts.get(id), newestFirst)
                .thenComparing(Comparator.reverseOrder())).toList();
    }

    @Test
    void pagesTotalAndExportFollowTheStartOrder() throws Exception {
        String q = tag.replace("á", "a").toUpperCase();
        Document first = page("/initiatives?q={q}", q);
        Document second = page("/initiatives?q={q}&page=1", q);
        assertThat(ids(first)).hasSize(25);
        assertThat(concat(ids(first), ids(second))).containsExactlyElementsOf(matching);
        assertThat(first.selectFirst("p.list-total").attr("data-count")).isEqualTo("38");
        assertThat(second.selectFirst("p.list-total").attr("data-count")).isEqualTo("38");
        assertThat(exportedIds(q, "")).containsExactlyElementsOf(matching);
    }

    @Test
    void theTitleOrderHasTheSameRows() throws Exception {
        List<Long> byTitle = jdbc.sql("SELECT id FROM initiative WHERE id IN (:ids)"
                + " ORDER BY title COLLATE \"hu-HU-x-icu\", id").param("ids", matching).query(Long.class).list();
        Document first = page("/initiatives?q={q}&sort=title", tag);
        Document second = page("/initiatives?q={q}&sort=title&page=1", tag);
        assertThat(concat(ids(first), ids(second))).containsExactlyElementsOf(byTitle);
        assertThat(second.selectFirst("p.list-total").attr("data-count")).isEqualTo("38");
        assertThat(exportedIds(tag, "&sort=title")).containsExactlyElementsOf(byTitle);
    }

    private Document page(String uri, String q) throws Exception {
        return Jsoup.parse(mvc.get().uri(uri, q).with(TestUsers.national()).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Long> ids(Document page) {
        return page.select("table tbody tr td:first-child a").eachAttr("href").stream()
                .map(href -> Long.valueOf(href.substring(href.lastIndexOf('/') + 1))).toList();
    }

    private List<Long> exportedIds(String q, String more) throws Exception {
        String csv = mvc.get().uri("/initiatives.csv?q={q}" + more, q).with(TestUsers.national()).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(line -> Long.valueOf(line.substring(0, line.indexOf(';')))).toList();
    }

    private static List<Long> concat(List<Long> first, List<Long> second) {
        List<Long> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
