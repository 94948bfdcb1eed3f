package hu.kozossegi.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The options written once per page: escaped where HTML needs it, accents kept, one selected per row. */
class OptionsMarkupTests {

    private static final OptionsMarkup MARKUP = OptionsMarkup.of(List.of(
            new Option("1", "Ormánsági Nők Köre (Sellye)"),
            new Option("2", "\"Gonosz\" <script>alert(1)</script> & társai"),
            new Option("3\"><b>x", "Kettős érték")));

    private static Document select(String options) {
        return Jsoup.parseBodyFragment("<select>" + options + "</select>");
    }

    @Test
    void labelsKeepTheirAccentsAndHostileTextStaysText() {
        String html = MARKUP.selecting(null);
        assertThat(html).contains(">Ormánsági Nők Köre (Sellye)<").doesNotContain("<script>", "<b>");
        Document page = select(html);
        assertThat(page.select("option")).hasSize(3);
        assertThat(page.select("option").get(1).text()).isEqualTo("\"Gonosz\" <script>alert(1)</script> & társai");
        assertThat(page.select("option").get(2).val()).isEqualTo("3\"><b>x");
        assertThat(page.select("script, b")).isEmpty();
    }

    @Test
    void aRowSelectsItsOwnValueOnly() {
        assertThat(select(MARKUP.selecting(2)).select("option[selected]").eachAttr("value")).containsExactly("2");
        assertThat(select(MARKUP.selecting("3\"><b>x")).select("option[selected]").eachAttr("value"))
                .containsExactly("3\"><b>x");
        assertThat(select(MARKUP.selecting(99)).select("option[selected]")).isEmpty();
        assertThat(select(MARKUP.selecting(null)).select("option[selected]")).isEmpty();
    }
}
