package hu.kozossegi.portal.geography;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class SettlementPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private List<String> listedNames(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString()).select("tbody tr td:first-child a").eachText();
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        String token = unique("x").substring(2);
        new TestData(jdbc).settlement("Kővágószőlős-" + token, "02", "VILLAGE", null, 1300);
        new TestData(jdbc).settlement("Pécs-" + token, "02", "COUNTY_CITY", null, 140000);
        MvcTestResult result = mvc.get().uri("/settlements").param("q", "KOVAGOSZOLOS-" + token)
                .with(TestUsers.developer("12")).exchange();
        assertThat(result).hasStatusOk();
        assertThat(listedNames(result)).containsExactly("Kővágószőlős-" + token);
        assertThat(listedNames(mvc.get().uri("/settlements").param("q", "pecs-" + token)
                .with(TestUsers.national()).exchange())).containsExactly("Pécs-" + token);
    }

    @Test
    void listIsInHungarianAlphabeticalOrder() throws Exception {
        String prefix = unique("Rend");
        for (String name : List.of("Zsolt", "Ödön", "Gyula", "Csaba", "Zoltán", "Olga", "Győr", "Cecil", "Gábor")) {
            new TestData(jdbc).settlement(prefix + " " + name, "03", "VILLAGE", null, 100);
        }
        MvcTestResult result = mvc.get().uri("/settlements").param("q", prefix).with(TestUsers.coordinator("03"))
                .exchange();
        assertThat(listedNames(result)).containsExactly(
                List.of("Cecil", "Csaba", "Gábor", "Győr", "Gyula", "Olga", "Ödön", "Zoltán", "Zsolt").stream()
                        .map(n -> prefix + " " + n).toArray(String[]::new));
        assertThat(result.getResponse().getContentAsString()).contains("aprófalu");
    }

    @Test
    void budapestDistrictsSortByTheirNumber() throws Exception {
        String prefix = unique("Kerületváros");
        for (String numeral : List.of("XIX", "XV", "II", "IX", "I", "XXIII", "IV", "X")) {
            new TestData(jdbc).settlement(prefix + " " + numeral + ". kerület", "01", "BUDAPEST_DISTRICT", new TestData(jdbc).budapest(),
                    null);
        }
        MvcTestResult result = mvc.get().uri("/settlements").param("q", prefix).with(TestUsers.coordinator("01"))
                .exchange();
        assertThat(listedNames(result)).containsExactly(List.of("I", "II", "IV", "IX", "X", "XV", "XIX", "XXIII").stream()
                .map(n -> prefix + " " + n + ". kerület").toArray(String[]::new));
    }

    @Test
    void coordinatorCreatesEditsAndSeesTheHistory() throws Exception {
        String name = unique("Újtelep");
        MvcTestResult created = form(mvc.post().uri("/settlements/new"), Map.of("name", name, "county", "02",
                "type", "VILLAGE", "population", "1 234", "kshCode", "05005", "latitude", "46,07", "longitude",
                "18,2")).with(TestUsers.coordinator("02")).exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        long id = jdbc.sql("SELECT id FROM settlement WHERE name = ?").param(name).query(Long.class).single();
        assertThat(jdbc.sql("SELECT population FROM settlement WHERE id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1234);

        MvcTestResult edited = form(mvc.post().uri("/settlements/" + id + "/edit"), Map.of("name", name,
                "county", "02", "type", "VILLAGE", "population", "480", "kshCode", "05005", "disadvantaged", "true",
                "version", "0")).with(TestUsers.national()).exchange();
        assertThat(edited).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/settlements/" + id);

        String page = mvc.get().uri("/settlements/" + id).with(TestUsers.developer("05")).exchange().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).text().replace('\u00a0', ' ').replace('\u202f', ' ')).contains("lakosság: 1 234 → 480").contains("hátrányos helyzetű: nem → igen")
                .contains("Felvétel").contains("Aprófalu (500 lakos alatt) igen");
        jdbc.sql("DELETE FROM settlement WHERE ksh_code = '05005'").update();
    }

    @Test
    void badInputIsShownAtTheFieldsAndKept() throws Exception {
        MvcTestResult result = form(mvc.post().uri("/settlements/new"), Map.of("name", "", "county", "02",
                "type", "HOUSING_ESTATE", "parent", "Nincsilyenváros", "population", "sok", "kshCode", "12345",
                "latitude", "50", "longitude", "18")).with(TestUsers.coordinator("02")).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        var doc = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(doc.title()).startsWith("Hiba: ");
        assertThat(doc.select(".error-summary-list a").eachText()).contains("Adja meg a település nevét",
                "A megyében nincs ilyen nevű város: Nincsilyenváros",
                "A lakosság 0 és 2 000 000 közötti egész szám legyen",
                "A KSH-kód öt számjegy, és az utolsó ellenőrző jegynek egyeznie kell",
                "A szélesség Magyarországon belül 45,7 és 48,6 fok közötti szám legyen");
        assertThat(doc.select("#population").attr("value")).isEqualTo("sok");
        assertThat(doc.select("#population").attr("aria-describedby")).contains("population-error");
        assertThat(doc.select("#population-error").text()).contains("A lakosság 0 és 2 000 000 közötti egész szám legyen");
    }

    @Test
    void textThatDoesNotConvertIsATypeMismatchAtItsFieldWithTheTypedTextKept() throws Exception {
        MvcTestResult result = form(mvc.post().uri("/settlements/new"), Map.of("name", unique("Hibás"), "county", "02",
                "type", "CASTLE", "population", "12.34", "latitude", "46,1x", "longitude", "18.2"))
                .with(TestUsers.coordinator("02")).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        var doc = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(doc.select(".error-summary-list a").eachText()).containsExactly(
                "Válassza ki a település típusát", "A lakosság 0 és 2 000 000 közötti egész szám legyen",
                "A szélesség Magyarországon belül 45,7 és 48,6 fok közötti szám legyen");
        assertThat(doc.select(".error-summary-list a").eachAttr("href")).containsExactly("#type", "#population", "#latitude");
        assertThat(doc.select("#latitude").attr("value")).isEqualTo("46,1x");
        assertThat(doc.select("#latitude-error").text()).contains("A szélesség Magyarországon belül");
        assertThat(doc.select("#longitude").attr("value")).isEqualTo("18.2");
        assertThat(doc.select("#population").attr("value")).isEqualTo("12.34");
        // the same values with a decimal point or comma and digit groups are saved
        String name = unique("Pontos");
        assertThat(form(mvc.post().uri("/settlements/new"), Map.of("name", name, "county", "02", "type", "VILLAGE",
                "population", "12 340", "latitude", "46.1", "longitude", "18,2")).with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT population || ' ' || latitude || ' ' || longitude FROM settlement WHERE name = ?")
                .param(name).query(String.class).single()).isEqualTo("12340 46.100000 18.200000");
    }

    @Test
    void theParentTownMayBeTypedWithoutAccents() throws Exception {
        String town = unique("Őrszentűrbő");
        new TestData(jdbc).settlement(town, "12", "TOWN", null, 15000);
        String estate = unique("Lakótelep");
        assertThat(form(mvc.post().uri("/settlements/new"), Map.of("name", estate, "county", "12",
                "type", "HOUSING_ESTATE", "parent", "orszenturbo" + town.substring("Őrszentűrbő".length())))
                .with(TestUsers.coordinator("12")).exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT p.name FROM settlement s JOIN settlement p ON p.id = s.parent_id WHERE s.name = ?")
                .param(estate).query(String.class).single()).isEqualTo(town);
    }

    @Test
    void housingEstateHangsUnderATownOfTheSameCountyAndDistrictsUnderBudapest() throws Exception {
        String town = unique("Város");
        new TestData(jdbc).settlement(town, "12", "TOWN", null, 20000);
        String estate = unique("Lakótelep");
        assertThat(form(mvc.post().uri("/settlements/new"), Map.of("name", estate, "county", "12",
                "type", "HOUSING_ESTATE", "parent", town)).with(TestUsers.coordinator("12")).exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT p.name FROM settlement s JOIN settlement p ON p.id = s.parent_id WHERE s.name = ?")
                .param(estate).query(String.class).single()).isEqualTo(town);
        // the same town name is not a town of county 13
        assertThat(form(mvc.post().uri("/settlements/new"), Map.of("name", unique("Lakótelep"), "county", "13",
                "type", "HOUSING_ESTATE", "parent", town)).with(TestUsers.coordinator("13")).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);

        long budapest = new TestData(jdbc).budapest();
        String district = unique("Kerület");
        assertThat(form(mvc.post().uri("/settlements/new"), Map.of("name", district, "county", "01",
                "type", "BUDAPEST_DISTRICT")).with(TestUsers.coordinator("01")).exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT parent_id FROM settlement WHERE name = ?").param(district).query(Long.class)
                .single()).isEqualTo(budapest);
    }

    @Test
    void writesOfAnotherCountyOrByADeveloperAreRefusedAndChangeNothing() {
        String name = unique("Védett");
        long id = new TestData(jdbc).settlement(name, "02", "VILLAGE", null, 700);
        Map<String, String> change = Map.of("name", name + " átírva", "county", "02", "type", "VILLAGE",
                "version", "0");
        assertThat(form(mvc.post().uri("/settlements/" + id + "/edit"), change).with(TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(form(mvc.post().uri("/settlements/" + id + "/edit"), change).with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/settlements/" + id + "/edit").with(TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/settlements/new").with(TestUsers.developer("02"))).hasStatus(HttpStatus.FORBIDDEN);
        String other = unique("Idegen");
        assertThat(form(mvc.post().uri("/settlements/new"), Map.of("name", other, "county", "12", "type", "VILLAGE"))
                .with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(form(mvc.post().uri("/settlements/new"), Map.of("name", other, "county", "02", "type", "VILLAGE"))
                .with(TestUsers.developer("02"))).hasStatus(HttpStatus.FORBIDDEN);
        // moving one's own settlement into another county is a write there too
        assertThat(form(mvc.post().uri("/settlements/" + id + "/edit"), Map.of("name", name, "county", "12",
                "type", "VILLAGE", "version", "0")).with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT count(*) FROM settlement WHERE name = ? AND county_code = '02' AND version = 0")
                .param(name).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM settlement WHERE name = ?").param(other).query(Long.class).single())
                .isZero();
    }

    @Test
    void aStaleEditShowsTheCurrentValuesAndOverwritesNothing() throws Exception {
        String name = unique("Ütközés");
        long id = new TestData(jdbc).settlement(name, "02", "VILLAGE", null, 700);
        jdbc.sql("UPDATE settlement SET population = 750, version = 1 WHERE id = ?").param(id).update();
        MvcTestResult result = form(mvc.post().uri("/settlements/" + id + "/edit"), Map.of("name", name,
                "county", "02", "type", "VILLAGE", "population", "999", "version", "0"))
                .with(TestUsers.coordinator("02")).exchange();
        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        var doc = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(doc.text()).contains("Valaki más időközben módosította").contains("750");
        assertThat(doc.select(".notice-warning tbody tr").eachText()).containsExactly("Lakosság 750 999");
        assertThat(doc.select("#population").attr("value")).isEqualTo("999");
        assertThat(doc.select("input[name=version]").attr("value")).isEqualTo("1");
        assertThat(jdbc.sql("SELECT population FROM settlement WHERE id = ?").param(id).query(Integer.class).single())
                .isEqualTo(750);
    }

    @Test
    void malformedParametersAre400AndUnknownIds404() {
        assertThat(mvc.get().uri("/settlements?county=99").with(TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/settlements?type=CASTLE").with(TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/settlements?sort=x").with(TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/settlements?page=-1").with(TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/settlements/abc").with(TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/settlements/987654321").with(TestUsers.national())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/settlements/987654321/edit").with(TestUsers.national()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFilteredListExportsAsCsv() throws Exception {
        String prefix = unique("Export");
        new TestData(jdbc).settlement(prefix + " Alsó", "14", "VILLAGE", null, 300);
        new TestData(jdbc).settlement(prefix + " Felső", "14", "LARGE_VILLAGE", null, 4000);
        MvcTestResult result = mvc.get().uri("/settlements.csv").param("q", prefix).param("type", "VILLAGE")
                .with(TestUsers.developer("02")).exchange();
        assertThat(result).hasStatusOk();
        String csv = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFnév;megye;típus").contains(prefix + " Alsó;14;VILLAGE;;300")
                .doesNotContain("Felső");
    }

    static MockMvcRequestBuilder form(MockMvcRequestBuilder request, Map<String, String> values) {
        values.forEach(request::param);
        return request.with(csrf());
    }
}
