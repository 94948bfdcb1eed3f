package hu.kozossegi.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.UUID;

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
class WorkerPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockMvcRequestBuilder form(MockMvcRequestBuilder request, Map<String, String> values) {
        values.forEach(request::param);
        return request.with(csrf());
    }

    private long settlement(String county) {
        return new TestData(jdbc).settlement(county).set("name", unique("Munkásfalu")).insert();
    }

    private long createAsCoordinator(String name) {
        long settlementId = settlement("02");
        String settlementName = jdbc.sql("SELECT name FROM settlement WHERE id = ?").param(settlementId)
                .query(String.class).single();
        MvcTestResult result = form(mvc.post().uri("/workers/new"), Map.of("fullName", name, "county", "02",
                "settlement", settlementName.toLowerCase(), "kind", "VOLUNTEER", "email", "Szabo.Eva@Example.hu",
                "phone", "06 (30) 123-4567", "active", "true", "joinedOn", "2004-09-15", "notes", "titkos megjegyzés"))
                .with(TestUsers.coordinator("02")).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return jdbc.sql("SELECT id FROM community_worker WHERE full_name = ?").param(name).query(Long.class).single();
    }

    @Test
    void aCoordinatorRegistersAWorkerWithANormalisedPhone() {
        String name = unique("Szabó Éva");
        long id = createAsCoordinator(name);
        Map<String, Object> row = jdbc.sql("SELECT email, phone, settlement_id FROM community_worker WHERE id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("phone")).isEqualTo("+36 30 123 4567");
        assertThat(row.get("email")).isEqualTo("szabo.eva@example.hu");
        assertThat(row.get("settlement_id")).isNotNull();
    }

    @Test
    void contactDataOnlyForTheCountyStaffAndTheNationalOffice() throws Exception {
        String name = unique("Kiss Ödön");
        long id = createAsCoordinator(name);
        for (var reader : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
            TestUsers.developer("02"), TestUsers.coordinator("02"), TestUsers.national()}) {
            assertThat(mvc.get().uri("/workers/" + id).with(reader)).hasStatusOk().bodyText()
                    .contains("+36 30 123 4567").contains("szabo.eva@example.hu").contains("titkos megjegyzés");
        }
        MvcTestResult other = mvc.get().uri("/workers/" + id).with(TestUsers.coordinator("12")).exchange();
        assertThat(other).hasStatusOk().bodyText().contains(name).doesNotContain("+36 30").doesNotContain("szabo.eva")
                .doesNotContain("titkos");
        MvcTestResult list = mvc.get().uri("/workers").param("q", name).with(TestUsers.national()).exchange();
        assertThat(list).bodyText().contains(name).doesNotContain("szabo.eva");
    }

    @Test
    void searchIgnoresAccents() throws Exception {
        String name = unique("Győri Zsófia");
        createAsCoordinator(name);
        MvcTestResult result = mvc.get().uri("/workers").param("q", name.replace("Győri Zsófia", "gyori zsofia"))
                .param("county", "02").param("kind", "VOLUNTEER").param("active", "true")
                .with(TestUsers.developer("07")).exchange();
        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).select("tbody td:first-child a")
                .eachText()).containsExactly(name);
    }

    @Test
    void badInputIsShownAndKept() throws Exception {
        MvcTestResult result = form(mvc.post().uri("/workers/new"), Map.of("fullName", "", "county", "02",
                "kind", "", "email", "nem-email", "phone", "12345", "joinedOn", "2004-13-45",
                "settlement", "Sehol sincs")).with(TestUsers.coordinator("02")).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        var doc = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(doc.select(".error-summary-list a").eachText()).contains("Adja meg a közösségi munkás nevét",
                "Adjon meg érvényes e-mail-címet, például nev@example.hu",
                "Adjon meg magyar telefonszámot, például 06 30 123 4567",
                "A megyében nincs ilyen nevű település: Sehol sincs");
        assertThat(doc.select("#phone").attr("value")).isEqualTo("12345");
    }

    @Test
    void writesOfAnotherCountyOrByADeveloperAreRefused() {
        String name = unique("Tóth Béla");
        long id = createAsCoordinator(name);
        Map<String, String> change = Map.of("fullName", name + " X", "county", "02", "kind", "PROFESSIONAL",
                "version", "0");
        assertThat(form(mvc.post().uri("/workers/" + id + "/edit"), change).with(TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(form(mvc.post().uri("/workers/" + id + "/edit"), change).with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/workers/" + id + "/edit").with(TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(form(mvc.post().uri("/workers/new"), Map.of("fullName", unique("Idegen"), "county", "12",
                "kind", "VOLUNTEER")).with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(form(mvc.post().uri("/workers/new"), Map.of("fullName", unique("Idegen"), "county", "02",
                "kind", "VOLUNTEER")).with(TestUsers.developer("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(form(mvc.post().uri("/workers/" + id + "/anonymise"), Map.of()).with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/workers/" + id + "/anonymise").with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT full_name FROM community_worker WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(name);
    }

    @Test
    void editingKeepsHistoryAndAStaleEditIsAConflict() throws Exception {
        String name = unique("Varga Anna");
        long id = createAsCoordinator(name);
        assertThat(form(mvc.post().uri("/workers/" + id + "/edit"), Map.of("fullName", name, "county", "02",
                "kind", "PROFESSIONAL", "phone", "+36 1 234 5678", "version", "0"))
                .with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FOUND);
        String page = Jsoup.parse(mvc.get().uri("/workers/" + id).with(TestUsers.national()).exchange()
                .getResponse().getContentAsString()).text();
        assertThat(page).contains("önkéntes vagy hivatásos: VOLUNTEER → PROFESSIONAL")
                .contains("telefonszám: +36 30 123 4567 → +36 1 234 5678");
        String hidden = Jsoup.parse(mvc.get().uri("/workers/" + id).with(TestUsers.coordinator("05")).exchange()
                .getResponse().getContentAsString()).text();
        assertThat(hidden).doesNotContain("+36 1 234 5678").doesNotContain("telefonszám");
        assertThat(form(mvc.post().uri("/workers/" + id + "/edit"), Map.of("fullName", "Más Név", "county", "02",
                "kind", "VOLUNTEER", "version", "0")).with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("Valaki más időközben módosította");
        assertThat(jdbc.sql("SELECT full_name FROM community_worker WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(name);
    }

    @Test
    void theNationalOfficeAnonymisesAfterConfirmation() throws Exception {
        String name = unique("Nagy Ilona");
        long id = createAsCoordinator(name);
        assertThat(mvc.get().uri("/workers/" + id + "/anonymise").with(TestUsers.national())).hasStatusOk()
                .bodyText().contains("Biztosan anonimizálja");
        assertThat(form(mvc.post().uri("/workers/" + id + "/anonymise"), Map.of()).with(TestUsers.national()))
                .hasStatus(HttpStatus.FOUND);
        Map<String, Object> row = jdbc.sql("""
                SELECT full_name, email, phone, notes, anonymised_at FROM community_worker WHERE id = ?""")
                .param(id).query().singleRow();
        assertThat(row.get("full_name")).isEqualTo("Anonimizált közösségi munkás #" + id);
        assertThat(row.get("email")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM community_worker_aud WHERE id = ? AND (full_name = ? OR email"
                + " IS NOT NULL OR phone IS NOT NULL)").params(id, name).query(Long.class).single()).isZero();
        assertThat(mvc.get().uri("/workers/" + id).with(TestUsers.national())).bodyText().doesNotContain(name);
    }

    @Test
    void theCsvExportShowsContactDataOnlyForTheReadersCountyAndIsLogged() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        long own = settlement("02");
        long other = settlement("12");
        TestData data = new TestData(jdbc);
        data.worker("02").set("full_name", "Csv Saját " + token).set("settlement_id", own)
                .set("email", "sajat@example.hu").set("phone", "+36 30 111 2222").insert();
        data.worker("12").set("full_name", "Csv Másik " + token).set("settlement_id", other).set("kind", "PROFESSIONAL")
                .set("email", "masik@example.hu").set("phone", "+36 30 333 4444").insert();
        data.worker("02").set("full_name", "=HYPERLINK(1) " + token).set("settlement_id", own).insert();
        long before = jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'PERSONAL_DATA_EXPORT'").query(Long.class)
                .single();

        MvcTestResult result = mvc.get().uri("/workers.csv").param("q", token).with(TestUsers.coordinator("02"))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("kozossegi-munkasok.csv");
        String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFNév;Önkéntes vagy hivatásos;Megye;Település;E-mail-cím;Telefonszám");
        assertThat(body).contains("Csv Saját " + token + ";önkéntes;Baranya;").contains("sajat@example.hu")
                .contains("+36 30 111 2222");
        assertThat(body).contains("Csv Másik " + token + ";hivatásos;").doesNotContain("masik@example.hu")
                .doesNotContain("333 4444");
        assertThat(body).contains("'=HYPERLINK(1) " + token).doesNotContain(";=HYPERLINK");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'PERSONAL_DATA_EXPORT'").query(Long.class)
                .single()).isEqualTo(before + 1);

        String national = new String(mvc.get().uri("/workers.csv").param("q", token).param("lang", "en")
                .with(TestUsers.national()).exchange().getResponse().getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(national).contains("masik@example.hu").contains("sajat@example.hu").contains(";professional;");
    }
}
