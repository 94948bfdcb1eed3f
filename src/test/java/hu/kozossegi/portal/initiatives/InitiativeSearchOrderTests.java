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

import hu.kozossegi.portal.initiatives.internal.InitiativeListQuery;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    /** 38 matches (by title, by place, by both) among initiatives that do not match, with ties and no start. */
    @Test
    void aFewMatchesFollowTheStartOrderOnThePagesTotalAndExport() throws Exception {
        Search search = search(24);
        assertThat(search.matching()).hasSize(38).size().isLessThan(InitiativeListQuery.COLLECTED_AT_MOST);
        String q = search.tag().replace("á", "a").toUpperCase();
        Document first = page("/initiatives?q={q}", q);
        Document second = page("/initiatives?q={q}&page=1", q);
        assertThat(ids(first)).hasSize(25);
        assertThat(concat(ids(first), ids(second))).containsExactlyElementsOf(search.matching());
        assertThat(first.selectFirst("p.list-total").attr("data-count")).isEqualTo("38");
        assertThat(second.selectFirst("p.list-total").attr("data-count")).isEqualTo("38");
        assertThat(exportedIds(q, "")).containsExactlyElementsOf(search.matching());
    }

    @Test
    void aFewMatchesInTitleOrder() throws Exception {
        Search search = search(24);
        List<Long> byTitle = byTitle(search.matching());
        Document first = page("/initiatives?q={q}&sort=title", search.tag());
        Document second = page("/initiatives?q={q}&sort=title&page=1", search.tag());
        assertThat(concat(ids(first), ids(second))).containsExactlyElementsOf(byTitle);
        assertThat(second.selectFirst("p.list-total").attr("data-count")).isEqualTo("38");
        assertThat(exportedIds(search.tag(), "&sort=title")).containsExactlyElementsOf(byTitle);
    }

    /** More matches than the list collects: it walks its order to the page, with the same rows. */
    @Test
    void manyMatchesFollowTheSameOrders() throws Exception {
        Search search = search(InitiativeListQuery.COLLECTED_AT_MOST);
        List<Long> all = search.matching();
        int last = (all.size() - 1) / 25;
        assertThat(ids(page("/initiatives?q={q}", search.tag()))).containsExactlyElementsOf(all.subList(0, 25));
        Document lastPage = page("/initiatives?q={q}&page=" + last, search.tag());
        assertThat(ids(lastPage)).containsExactlyElementsOf(all.subList(last * 25, all.size()));
        assertThat(lastPage.selectFirst("p.list-total").attr("data-count")).isEqualTo(Integer.toString(all.size()));
        assertThat(exportedIds(search.tag(), "")).containsExactlyElementsOf(all);
        List<Long> byTitle = byTitle(all);
        assertThat(ids(page("/initiatives?q={q}&sort=title&page=1", search.tag())))
                .containsExactlyElementsOf(byTitle.subList(25, 50));
    }

    /**
     * More matches than the list collects, nearly all of them plans without a start: a first page within the 32
     * dated matches collects only those (V102's index); the next page, which reaches into the plans, walks the
     * order. Both in the same order as the export and the sort done here.
     */
    @Test
    void manyUndatedMatchesAfterAFewDatedOnes() throws Exception {
        Search search = search(24, InitiativeListQuery.COLLECTED_AT_MOST);
        List<Long> all = search.matching();
        assertThat(all).hasSize(InitiativeListQuery.COLLECTED_AT_MOST + 32);
        Document first = page("/initiatives?q={q}", search.tag());
        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 25));
        assertThat(first.selectFirst("p.list-total").attr("data-count")).isEqualTo(Integer.toString(all.size()));
        assertThat(ids(page("/initiatives?q={q}&page=1", search.tag()))).containsExactlyElementsOf(all.subList(25, 50));
        int last = (all.size() - 1) / 25;
        assertThat(ids(page("/initiatives?q={q}&page=" + last, search.tag())))
                .containsExactlyElementsOf(all.subList(last * 25, all.size()));
        assertThat(exportedIds(search.tag(), "")).containsExactlyElementsOf(all);
    }

    /**
     * {@code titled} initiatives with the tag in their title (three to a start day, and {@code unstartedCount}
     * planned without a start), six of a village whose name holds the tag, two with both, and nine that do not match; the matching
     * ones in the list's start order (newest start first, no start last, ties by id, newest first).
     */
    private Search search(int titled) {
        return search(titled, 6);
    }

    private Search search(int titled, int unstartedCount) {
        TestData fx = new TestData(jdbc);
        String tag = unique("Zsályakert");
        long plain = fx.settlement("02", unique("Sima"));
        long named = fx.settlement("02", "Alsó" + tag.toLowerCase() + "falva");
        LocalDate day = LocalDate.of(2019, 6, 1);
        List<Long> byTitle = fx.rows(titled, g -> fx.initiative(plain).set("title", "Közösségi " + tag + " " + g)
                .set("start_date", day.minusDays(g / 3 * 40))).insert();
        List<Long> unstarted = fx.rows(unstartedCount, g -> fx.initiative(plain).set("title", tag + " terv " + g)
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
        return new Search(tag, all.stream().sorted(Comparator.comparing((Long id) -> starts.get(id), newestFirst)
                .thenComparing(Comparator.reverseOrder())).toList());
    }

    private List<Long> byTitle(List<Long> ids) {
        return jdbc.sql("SELECT id FROM initiative WHERE id IN (:ids) ORDER BY title COLLATE \"hu-HU-x-icu\", id")
                .param("ids", ids).query(Long.class).list();
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

    private record Search(String tag, List<Long> matching) {
    }
}
