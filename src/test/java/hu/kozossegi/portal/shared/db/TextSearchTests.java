package hu.kozossegi.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.people.WorkerSummary;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every text search takes {@code %} and {@code _} literally ({@link TextSearch}): "50%" finds "50% kedvezmény"
 * but not "500 kedvezmény", "a_b" finds "a_b" but not "axb"; accents and case are still ignored.
 */
@PortalIntegrationTest
class TextSearchTests {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;
    @Autowired Settlements settlements;
    @Autowired Workers workers;
    @Autowired Initiatives initiatives;

    @Test
    void theHelperEscapesWildcardsAndKeepsAccentFreeMatching() {
        assertThat(TextSearch.literal(" 50%_a\\b ")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(TextSearch.literal("  ")).isNull();
        assertThat(matches("50% kedvezmény", "50%")).isTrue();
        assertThat(matches("500 kedvezmény", "50%")).isFalse();
        assertThat(matches("a_b", "a_b")).isTrue();
        assertThat(matches("axb", "a_b")).isFalse();
        assertThat(matches("c:\\temp", "c:\\t")).isTrue();
        assertThat(matches("Árvíztűrő Tükörfúrógép", "ARVIZTURO tukor")).isTrue();
    }

    private boolean matches(String text, String q) {
        return jdbc.sql("SELECT " + TextSearch.contains("search_key(?)", "?")).params(text, TextSearch.literal(q))
                .query(Boolean.class).single();
    }

    @Test
    void facadeSearchesTakeWildcardsLiterally() {
        TestData data = new TestData(jdbc);
        String tag = "Vadkártya" + System.nanoTime();
        long percent = data.settlement("17").set("name", tag + " 50% falu").insert();
        long plain = data.settlement("17").set("name", tag + " 500 falu").insert();
        assertThat(settlements.search(tag + " 50%", "17", 10)).extracting(SettlementSummary::id)
                .containsExactly(percent);
        assertThat(settlements.search(tag + " 50", "17", 10)).extracting(SettlementSummary::id)
                .containsExactlyInAnyOrder(percent, plain);

        long underscore = data.worker("17").set("full_name", tag + " Kiss_Anna").insert();
        data.worker("17").set("full_name", tag + " Kissx Anna").insert();
        assertThat(workers.search(tag + " kiss_", "17", 10)).extracting(WorkerSummary::id).containsExactly(underscore);

        long title = data.initiative(percent).set("title", tag + " 100% önkéntes").insert();
        data.initiative(plain).set("title", tag + " 1000 önkéntes").insert();
        List<InitiativeSummary> found = initiatives.search(tag + " 100%", null, 10);
        assertThat(found).extracting(InitiativeSummary::id).containsExactly(title);
    }

    @Test
    void listPagesTakeWildcardsLiterally() {
        TestData data = new TestData(jdbc);
        String tag = "Joker" + System.nanoTime();
        String percentName = tag + " 50% falu";
        String plainName = tag + " 500 falu";
        long percent = data.settlement("17").set("name", percentName).insert();
        long plain = data.settlement("17").set("name", plainName).insert();
        data.worker("17").set("full_name", tag + " Kiss_Anna").insert();
        data.worker("17").set("full_name", tag + " Kissx Anna").insert();
        data.initiative(percent).set("title", tag + " 100% önkéntes").insert();
        data.initiative(plain).set("title", tag + " 1000 önkéntes").insert();

        assertList("/settlements", tag + " 50%", percentName, plainName);
        assertList("/workers", tag + " Kiss_", tag + " Kiss_Anna", tag + " Kissx Anna");
        assertList("/initiatives", tag + " 100%", tag + " 100% önkéntes", tag + " 1000 önkéntes");
    }

    private void assertList(String path, String q, String shown, String notShown) {
        assertThat(mvc.get().uri(path).param("q", q).with(TestUsers.national())).hasStatusOk().bodyText()
                .contains(shown).doesNotContain(notShown);
    }
}
