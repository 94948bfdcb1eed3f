package hu.kozossegi.portal.initiatives;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

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
 * The list filters' options are written as one string (fragments/lists :: options): the chosen county and settlement
 * stay selected, a settlement added after a view is offered at the next one, and a settlement name with markup in it
 * is an option's text, never markup on the page.
 */
@PortalIntegrationTest
class InitiativeFilterOptionsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChosenFiltersStaySelectedAndANameWithMarkupStaysText() throws Exception {
        TestData data = new TestData(jdbc);
        long plain = data.settlement("02", unique("Sima"));
        assertThat(page("/initiatives?county=02").select("select#settlement option").eachAttr("value"))
                .contains(Long.toString(plain));
        String name = unique("Kert <b>falva</b> & \"Társ\"");
        long hostile = data.settlement("02", name);
        // The county's options are kept between pages, never older than the data: the new settlement is offered.
        Document page = page("/initiatives?county=02&settlement=" + hostile);

        assertThat(page.select("select#county option[selected]").eachAttr("value")).containsExactly("02");
        assertThat(page.select("select#settlement option[selected]").eachAttr("value"))
                .containsExactly(Long.toString(hostile));
        assertThat(page.select("select#settlement option[value=" + hostile + "]").text()).isEqualTo(name);
        assertThat(page.select("select#settlement b, form.filters b")).isEmpty();
        assertThat(page.select("select#settlement option").first().val()).isEmpty();
        assertThat(page.select("select#region option[selected]")).isEmpty();
    }

    private Document page(String uri) throws Exception {
        return Jsoup.parse(mvc.get().uri(uri).with(TestUsers.national()).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
