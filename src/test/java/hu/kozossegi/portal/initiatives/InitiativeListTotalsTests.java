package hu.kozossegi.portal.initiatives;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The initiative list's total and sum are kept per filter while the data version is unchanged (issue 15): a write
 * by any writer, to any table a filter reads, shows in the next request's total.
 */
@PortalIntegrationTest
class InitiativeListTotalsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private String total(String uri) throws Exception {
        String html = mvc.get().uri(uri).with(TestUsers.national()).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).selectFirst("p.list-total").attr("data-count");
    }

    @Test
    void aWriteToTheThemesAloneShowsInTheThemeFiltersKeptTotal() throws Exception {
        TestData fx = new TestData(jdbc);
        long settlement = fx.settlement("02", unique("Témás"));
        long initiative = fx.initiative(settlement, unique("Téma nélkül"), "RUNNING", LocalDate.of(2020, 1, 1), null);
        jdbc.sql("DELETE FROM initiative_theme WHERE initiative_id = ?").param(initiative).update();
        String uri = "/initiatives?settlement=" + settlement + "&theme=YOUTH";
        assertThat(total(uri)).isEqualTo("0");
        assertThat(total(uri)).as("kept").isEqualTo("0");

        fx.link("initiative_theme").set("initiative_id", initiative).set("theme_code", "YOUTH").add();
        assertThat(total(uri)).isEqualTo("1");

        jdbc.sql("DELETE FROM initiative_theme WHERE initiative_id = ?").param(initiative).update();
        assertThat(total(uri)).isEqualTo("0");
    }
}
