package hu.kozossegi.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.opendata.internal.ApiTokens;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /open-data}: the page, the files (CSV and JSON, provisional open year), conditional GET; the token admin pages. */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataTests {

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    OpenDataFixture data;

    @BeforeAll
    void data() {
        data = new OpenDataFixture(jdbc, "14", "15", Year.now(ZoneId.of("Europe/Budapest")).getValue());
    }

    String text(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePageListsTheDataSetsWithoutSigningInInBothLanguages() throws Exception {
        MvcTestResult hu = mvc.get().uri("/open-data").exchange();
        assertThat(hu).hasStatusOk();
        assertThat(text(hu)).contains("Nyílt adatok", "CC BY 4.0", "GeoNames", "/open-data/figures/" + data.year + ".csv",
                "/open-data/good-practices.json", "/open-data/settlements-reached/" + data.year + ".json", "előzetes");
        MvcTestResult en = mvc.get().uri("/open-data?lang=en").exchange();
        assertThat(text(en)).contains("Open data", "Data dictionary", "provisional (open year)",
                "aria-label=\"Figures of " + data.year + ", CSV\"");
    }

    @Test
    void theFiguresOfTheOpenYearAreACsvInLongFormMarkedProvisional() throws Exception {
        MvcTestResult result = mvc.get().uri("/open-data/figures/" + data.year + ".csv").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        List<String> lines = text(result).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFyear;provisional;county_code;county;region;indicator;value;target_min;"
                + "target_max;status");
        String county = lines.stream().filter(l -> l.startsWith(data.year + ";true;14;Somogy;Dél-Dunántúl;ACTIVE_INITIATIVES;"))
                .findFirst().orElseThrow();
        assertThat(Long.parseLong(county.split(";")[6])).isGreaterThanOrEqualTo(3);
        assertThat(lines).anyMatch(l -> l.startsWith(data.year + ";true;;;;SETTLEMENTS_REACHED;"));
        assertThat(lines).hasSize(1 + 21 * 27);
    }

    @Test
    void theJsonFilesCarryLicenceAndData() throws Exception {
        JsonNode figures = json.readTree(text(mvc.get().uri("/open-data/figures/" + data.year + ".json").exchange()));
        assertThat(figures.get("licence").asString()).isEqualTo("CC BY 4.0");
        assertThat(figures.get("provisional").asBoolean()).isTrue();
        assertThat(figures.get("lines").size()).isEqualTo(21 * 27);
        JsonNode reached = json.readTree(text(mvc.get().uri("/open-data/settlements-reached/" + data.year + ".json").exchange()));
        assertThat(reached.get("settlements").toString()).contains("Nyíltfalva " + data.tag());
        JsonNode practices = json.readTree(text(mvc.get().uri("/open-data/good-practices.json").exchange()));
        assertThat(practices.get("practices").toString()).contains("Nyílt gyakorlat " + data.tag());
        String csv = text(mvc.get().uri("/open-data/settlements-reached/" + data.year + ".csv").exchange());
        assertThat(csv).contains(";Nyíltfalva " + data.tag() + ";14;Somogy;VILLAGE;true;false;false");
    }

    @Test
    void aHarvesterGets304WhenNothingChanged() {
        for (String uri : List.of("/open-data/figures/" + data.year + ".csv", "/open-data/good-practices.json",
                "/open-data/settlements-reached/" + data.year + ".csv")) {
            MvcTestResult first = mvc.get().uri(uri).exchange();
            String etag = first.getResponse().getHeader("ETag");
            String lastModified = first.getResponse().getHeader("Last-Modified");
            assertThat(etag).as(uri).matches("\"[0-9a-f]{32}\"");
            assertThat(lastModified).as(uri).isNotBlank();
            MvcTestResult again = mvc.get().uri(uri).header("If-None-Match", etag).exchange();
            assertThat(again).as(uri).hasStatus(304);
            assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
            assertThat(mvc.get().uri(uri).header("If-Modified-Since", lastModified).exchange()).as(uri).hasStatus(304);
            assertThat(mvc.get().uri(uri).header("If-None-Match", "\"0000\"").exchange()).as(uri).hasStatusOk();
        }
    }

    @Test
    void theFileOfAChangedDataSetHasANewEtag() {
        String uri = "/open-data/settlements-reached/" + data.year + ".csv";
        String before = mvc.get().uri(uri).exchange().getResponse().getHeader("ETag");
        long settlement = data.settlement("14", "Újfalva " + data.tag());
        data.initiative("14", settlement, "Új kezdeményezés " + data.tag(), null);
        MvcTestResult after = mvc.get().uri(uri).header("If-None-Match", before).exchange();
        assertThat(after).hasStatusOk();
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(before);
    }

    @Test
    void aYearWithoutFiguresIs404() {
        assertThat(mvc.get().uri("/open-data/figures/1999.csv").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/open-data/figures/" + (data.year + 1) + ".json").exchange()).hasStatus(404);
    }

    @Test
    void theNationalOfficeIssuesATokenShownOnceAndStoredHashed() throws Exception {
        String name = "Partner " + data.tag();
        MvcTestResult issued = mvc.post().uri("/admin/api-tokens").with(TestUsers.national()).with(csrf())
                .param("name", name).param("scope", "COUNTY").param("county", "14").exchange();
        assertThat(issued).hasStatusOk();
        assertThat(issued.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        String page = text(issued);
        String token = page.replaceAll("(?s).*<code class=\"token\">(kkp_[A-Za-z0-9_-]+)</code>.*", "$1");
        assertThat(token).startsWith("kkp_").hasSizeGreaterThan(40);
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE name = ?").param(name).query(String.class).single();
        assertThat(stored).isNotEqualTo(token).hasSize(64);
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash LIKE ?").param("%" + token.substring(4, 20) + "%")
                .query(Long.class).single()).isZero();
        String list = text(mvc.get().uri("/admin/api-tokens").with(TestUsers.national()).exchange());
        assertThat(list).contains(name).doesNotContain(token);
        assertThat(mvc.get().uri("/api/v1/initiatives").header("Authorization", "Bearer " + token).exchange())
                .hasStatusOk();

        long id = jdbc.sql("SELECT id FROM api_token WHERE name = ?").param(name).query(Long.class).single();
        assertThat(mvc.post().uri("/admin/api-tokens/" + id + "/revoke").with(TestUsers.national()).with(csrf())
                .exchange()).hasStatus(302);
        assertThat(mvc.get().uri("/api/v1/initiatives").header("Authorization", "Bearer " + token).exchange())
                .hasStatus(401);
        assertThat(mvc.post().uri("/admin/api-tokens/" + id + "/revoke").with(TestUsers.national()).with(csrf())
                .exchange()).hasStatus(404);
    }

    @Test
    void anIncompleteTokenFormKeepsTheInputAndNamesTheField() throws Exception {
        MvcTestResult result = mvc.post().uri("/admin/api-tokens").with(TestUsers.national()).with(csrf())
                .param("name", "Felkesz " + data.tag()).param("scope", "COUNTY").param("county", "").exchange();
        assertThat(result).hasStatus(400);
        String page = text(result);
        assertThat(page).contains("Válassza ki a megyét.", "Felkesz " + data.tag()).doesNotContain("class=\"token\"");
        MvcTestResult bad = mvc.post().uri("/admin/api-tokens").with(TestUsers.national()).with(csrf())
                .param("name", "").param("scope", "PROGRAMME").param("programme", "abc").exchange();
        assertThat(bad).hasStatus(400);
        assertThat(text(bad).toLowerCase(Locale.ROOT)).contains("hiba");
        assertThat(text(bad)).contains("Válassza ki a programot.");
        // the programme id is bound as a number: text is a typeMismatch at the field, shown once
        assertThat(org.jsoup.Jsoup.parse(text(bad)).select("#programme-error").text()).contains("Válassza ki a programot.");
        assertThat(text(bad).split("Válassza ki a programot.", -1)).hasSize(3);
        MvcTestResult unknownScope = mvc.post().uri("/admin/api-tokens").with(TestUsers.national()).with(csrf())
                .param("name", "Valami").param("scope", "EVERYTHING").exchange();
        assertThat(unknownScope).hasStatus(400);
        assertThat(text(unknownScope)).contains("Válassza ki a hatókört.");
    }

    @Test
    void countyStaffCannotSeeOrIssueTokens() {
        assertThat(mvc.get().uri("/admin/api-tokens").with(TestUsers.coordinator("14")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/api-tokens").with(TestUsers.coordinator("14")).with(csrf())
                .param("name", "x").param("scope", "NETWORK").exchange()).hasStatus(403);
    }
}
