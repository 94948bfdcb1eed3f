package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import hu.kozossegi.portal.reporting.internal.Narratives;
import hu.kozossegi.portal.reporting.internal.TargetIndicator;
import hu.kozossegi.portal.reporting.internal.Targets;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Targets, narrative and closing are the national office's: others get 403 and nothing changes. */
@PortalIntegrationTest
class ReportAdminTests {

    @Autowired MockMvcTester mvc;
    @Autowired Targets targets;
    @Autowired Narratives narratives;
    @Autowired JdbcClient jdbc;

    @Test
    void countyStaffCannotReadOrWriteTargetsNarrativeOrYears() {
        for (var user : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
                TestUsers.coordinator("02"), TestUsers.developer("12")}) {
            assertThat(mvc.get().uri("/admin/targets/2041").with(user)).hasStatus(403);
            assertThat(mvc.post().uri("/admin/targets/2041").with(user).with(csrf())
                    .param("version", "-1").param("rows[0].cells[0].min", "5")).hasStatus(403);
            assertThat(mvc.get().uri("/admin/years/2041").with(user)).hasStatus(403);
            assertThat(mvc.post().uri("/admin/years/2041/close").with(user).with(csrf())).hasStatus(403);
            assertThat(mvc.post().uri("/admin/years/2041/reopen").with(user).with(csrf()).param("reason", "x"))
                    .hasStatus(403);
            assertThat(mvc.post().uri("/admin/years/2041/narrative").with(user).with(csrf())
                    .param("introduction", "Betört szöveg").param("version", "-1")).hasStatus(403);
        }
        assertThat(targets.load(2041).isEmpty()).isTrue();
        assertThat(narratives.load(2041).introduction()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM report_year WHERE year = 2041").query(Long.class).single()).isZero();
    }

    @Test
    void nationalOfficeSavesTargetsAndCopiesThemToTheNextYear() {
        assertThat(mvc.get().uri("/admin/targets/2042").with(TestUsers.national())).hasStatusOk()
                .bodyText().contains("Baranya");
        // Row 1 is Baranya (counties in Hungarian order: Bács-Kiskun, Baranya, ...).
        assertThat(mvc.post().uri("/admin/targets/2042").with(TestUsers.national()).with(csrf())
                .param("version", "-1").param("rows[1].cells[0].min", "10").param("rows[1].cells[0].max", "15"))
                .hasStatus3xxRedirection();
        assertThat(targets.load(2042).find("02", TargetIndicator.NEW_INITIATIVES).label()).isEqualTo("10–15");
        assertThat(mvc.get().uri("/admin/targets/2043?copy=previous").with(TestUsers.national())).hasStatusOk()
                .bodyText().contains("value=\"15\"");
    }

    @Test
    void badTargetsAreShownBackWithMessagesAndNothingIsSaved() throws Exception {
        var result = mvc.post().uri("/admin/targets/2044").with(TestUsers.national()).with(csrf())
                .param("version", "-1").param("rows[0].cells[0].min", "tíz").param("rows[0].cells[1].min", "9")
                .param("rows[0].cells[1].max", "3").exchange();
        assertThat(result).hasStatus(400).bodyText().contains("Nem negatív egész számot adjon meg",
                "A maximum nem lehet kisebb a minimumnál");
        var page = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("input[name=rows[0].cells[0].min]").val()).isEqualTo("tíz");
        // Each cell in error: marked, described by its message, and the summary's link leads to its input.
        var cell = page.select("input[name=rows[0].cells[1].max]").first();
        assertThat(cell.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(cell.attr("aria-describedby")).text())
                .contains("A maximum nem lehet kisebb a minimumnál");
        assertThat(page.select(".error-summary a")).hasSize(2).allSatisfy(link ->
                assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull());
        assertThat(page.select("label").stream().filter(l -> l.attr("for").equals(cell.id()))
                .map(l -> l.text()).toList()).containsExactly("Bács-Kiskun, Elért települések, max.");
        assertThat(targets.load(2044).version()).isEqualTo(-1);
    }

    @Test
    void aStaleTargetFormAnswers409KeepingTheTypedGridWithTheComparison() throws Exception {
        assertThat(mvc.post().uri("/admin/targets/2045").with(TestUsers.national()).with(csrf())
                .param("version", "-1").param("rows[0].cells[0].min", "3")).hasStatus3xxRedirection();
        var stale = mvc.post().uri("/admin/targets/2045").with(TestUsers.national()).with(csrf())
                .param("version", "-1").param("rows[0].cells[0].min", "7").param("rows[0].cells[0].max", "9")
                .exchange();
        assertThat(stale).hasStatus(409);
        var page = org.jsoup.Jsoup.parse(stale.getResponse().getContentAsString());
        assertThat(page.select("input[name=rows[0].cells[0].min]").val()).isEqualTo("7");
        assertThat(page.select("input[name=rows[0].cells[0].max]").val()).isEqualTo("9");
        assertThat(page.select("input[name=version]").val()).isEqualTo("0");
        assertThat(page.select(".notice-warning h2").text())
                .isEqualTo("Időközben valaki más módosította ennek az évnek a céljait");
        assertThat(page.select(".notice-warning tbody tr").eachText())
                .containsExactly("Új kezdeményezések Bács-Kiskun: ≥ 3 Bács-Kiskun: 7–9");
        assertThat(targets.load(2045).find("03", TargetIndicator.NEW_INITIATIVES).min()).isEqualTo(3);
        // saving again from the conflict page is deliberate and goes through
        assertThat(mvc.post().uri("/admin/targets/2045").with(TestUsers.national()).with(csrf())
                .param("version", "0").param("rows[0].cells[0].min", "7").param("rows[0].cells[0].max", "9"))
                .hasStatus3xxRedirection();
        assertThat(targets.load(2045).find("03", TargetIndicator.NEW_INITIATIVES).label()).isEqualTo("7–9");
    }

    @Test
    void aStaleNarrativeAnswers409KeepingTheTypedTextsWithTheComparison() throws Exception {
        assertThat(mvc.post().uri("/admin/years/2047/narrative").with(TestUsers.national()).with(csrf())
                .param("introduction", "Az első változat").param("supportNetwork", "Hálózat")
                .param("nationalCoordination", "").param("nextYearPlans", "").param("version", "-1"))
                .hasStatus3xxRedirection();
        var stale = mvc.post().uri("/admin/years/2047/narrative").with(TestUsers.national()).with(csrf())
                .param("introduction", "A második <b>változat</b>").param("supportNetwork", "Hálózat")
                .param("nationalCoordination", "").param("nextYearPlans", "").param("version", "-1").exchange();
        assertThat(stale).hasStatus(409);
        var page = org.jsoup.Jsoup.parse(stale.getResponse().getContentAsString());
        assertThat(page.select("textarea[name=introduction]").val()).isEqualTo("A második <b>változat</b>");
        assertThat(page.select("input[name=version]").val()).isEqualTo("0");
        assertThat(page.select(".notice-warning h2").text())
                .isEqualTo("Időközben valaki más módosította a beszámoló szövegeit");
        assertThat(page.select(".notice-warning tbody tr")).hasSize(1);
        assertThat(page.select(".notice-warning tbody td").eachText())
                .containsExactly("Az első változat", "A második <b>változat</b>");
        assertThat(narratives.load(2047).introduction()).isEqualTo("Az első változat");
    }

    @Test
    void nationalOfficeWritesTheNarrative() {
        assertThat(mvc.post().uri("/admin/years/2046/narrative").with(TestUsers.national()).with(csrf())
                .param("introduction", "**Erős** év <script>x</script>").param("supportNetwork", "")
                .param("nationalCoordination", "").param("nextYearPlans", "").param("version", "-1"))
                .hasStatus3xxRedirection();
        assertThat(narratives.load(2046).introduction()).startsWith("**Erős**");
    }

    @Test
    void unknownYearsAreNotFound() {
        assertThat(mvc.get().uri("/admin/targets/1999").with(TestUsers.national())).hasStatus(404);
        assertThat(mvc.get().uri("/reports/1999").with(TestUsers.coordinator("02"))).hasStatus(404);
    }
}
