package hu.kozossegi.portal.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Organisations: create, validate, rights, conflicts, search, CSV, history and statement counts. */
@PortalIntegrationTest
class OrganisationPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private TestData data() {
        return new TestData(jdbc);
    }

    private String settlementName(String county, String name) {
        settlement(county, name);
        return name;
    }

    private long settlement(String county, String name) {
        return data().settlement(county).set("name", name).insert();
    }

    private long organisation(String county, String name) {
        long seat = settlement(county, unique("Székhelyfalva"));
        return data().organisation(county, seat).set("name", name).set("contact_name", "Kapcsolat Kató")
                .set("contact_email", "kato@example.hu").set("contact_phone", "+36 30 555 6666").insert();
    }

    private static Map<String, String> valid(String name, String seat) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("kind", "INFORMAL_GROUP");
        values.put("county", "02");
        values.put("seatSettlement", seat);
        values.put("foundedOn", "2021-04-01");
        values.put("focus", "A helyi roma közösség fiataljainak tanulókörét szervezzük.");
        values.put("contactName", "Orsós Zsófia");
        values.put("contactEmail", "Orsos.Zsofia@Example.hu");
        values.put("contactPhone", "06 (30) 123-4567");
        values.put("active", "true");
        values.put("save", "1");
        return values;
    }

    private MvcTestResult post(String uri, Map<String, String> values, RequestPostProcessor user) {
        MockMvcRequestBuilder request = mvc.post().uri(uri);
        values.forEach(request::param);
        return request.with(csrf()).with(user).exchange();
    }

    @Test
    void aCoordinatorRegistersAnInformalGroupWithAnAccentFreeSeat() throws Exception {
        String seat = settlementName("02", unique("Kővágószőlős"));
        String name = unique("Tanulókör csoport");
        MvcTestResult result = post("/organisations/new",
                valid(name, seat.replace("ő", "o").replace("á", "a").toLowerCase()), TestUsers.coordinator("02"));
        assertThat(result).hasStatus(HttpStatus.FOUND);
        Map<String, Object> row = jdbc.sql("""
                SELECT o.id, o.kind, o.contact_phone, o.contact_email, s.name AS seat FROM organisation o
                JOIN settlement s ON s.id = o.seat_settlement_id WHERE o.name = ?""").param(name).query().singleRow();
        assertThat(row.get("seat")).isEqualTo(seat);
        assertThat(row.get("kind")).isEqualTo("INFORMAL_GROUP");
        assertThat(row.get("contact_phone")).isEqualTo("+36 30 123 4567");
        assertThat(row.get("contact_email")).isEqualTo("orsos.zsofia@example.hu");
        long id = ((Number) row.get("id")).longValue();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + id);
        Document detail = Jsoup.parse(mvc.get().uri("/organisations/" + id).with(TestUsers.coordinator("02"))
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(detail.text()).contains(name).contains("informális csoport").contains("+36 30 123 4567")
                .contains("Felvétel");
    }

    @Test
    void invalidInputGetsMessagesAtTheFieldsAndInTheSummaryAndIsKept() throws Exception {
        Map<String, String> values = valid("", "Nincsilyenfalva");
        values.put("foundedOn", "2021-13-45");
        values.put("contactEmail", "nem-email");
        values.put("kind", "KITALALT");
        MvcTestResult result = post("/organisations/new", values, TestUsers.coordinator("02"));
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.title()).startsWith("Hiba: ");
        assertThat(page.select(".error-summary-list a").eachAttr("href"))
                .containsExactly("#name", "#kind", "#seatSettlement", "#foundedOn", "#contactEmail");
        assertThat(page.select("#name-error").text()).contains("Adja meg a szervezet nevét");
        assertThat(page.select("#foundedOn").val()).isEqualTo("2021-13-45");
        assertThat(page.select("#contactEmail").val()).isEqualTo("nem-email");
        assertThat(page.select("#seatSettlement").val()).isEqualTo("Nincsilyenfalva");
    }

    @Test
    void anotherCountyGets403AndNothingChanges() {
        String name = unique("Baranyai Egyesület");
        long id = organisation("02", name);
        Map<String, String> values = valid("Átírt név", "Bárhol");
        values.put("version", "0");
        assertThat(post("/organisations/" + id + "/edit", values, TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/organisations/" + id + "/edit").with(TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/organisations/new").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.FORBIDDEN);
        Map<String, String> elsewhere = valid(unique("Idegen"), settlementName("12", unique("Nógrádfalva")));
        elsewhere.put("county", "12");
        assertThat(post("/organisations/new", elsewhere, TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(name);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation WHERE name = ?").param(elsewhere.get("name"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void aStaleSaveIs409WithTheComparisonAndTheTypedInputKept() throws Exception {
        String seat = settlementName("02", unique("Ütközőfalva"));
        String name = unique("Ütköző Egyesület");
        assertThat(post("/organisations/new", valid(name, seat), TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FOUND);
        long id = jdbc.sql("SELECT id FROM organisation WHERE name = ?").param(name).query(Long.class).single();
        Map<String, String> first = valid(name + " (első)", seat);
        first.put("version", "0");
        assertThat(post("/organisations/" + id + "/edit", first, TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.FOUND);
        Map<String, String> second = valid(name + " (második)", seat);
        second.put("version", "0");
        MvcTestResult stale = post("/organisations/" + id + "/edit", second, TestUsers.national());
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        Document page = Jsoup.parse(stale.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#name").val()).isEqualTo(name + " (második)");
        assertThat(page.select(".notice-warning table").text()).contains(name + " (első)").contains(name + " (második)");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(jdbc.sql("SELECT name FROM organisation WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(name + " (első)");
    }

    @Test
    void aFoundedDateIntoAClosedYearIs409AndKept() throws Exception {
        data().closedYear(2012);
        Map<String, String> values = valid(unique("Zárt évi csoport"), settlementName("02", unique("Zártfalva")));
        values.put("foundedOn", "2012-06-01");
        MvcTestResult result = post("/organisations/new", values, TestUsers.coordinator("02"));
        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#foundedOn-error").text()).contains("2012");
        assertThat(page.select("#foundedOn").val()).isEqualTo("2012-06-01");
    }

    @Test
    void searchIgnoresAccentsAndTakesWildcardsLiterally() {
        String token = UUID.randomUUID().toString().substring(0, 6);
        organisation("02", "Őrségi Ünnepfőzők " + token);
        organisation("02", "Százalék 100% Kör " + token);
        organisation("02", "Százalék 1000 Kör " + token);
        assertThat(mvc.get().uri("/organisations").param("q", "orsegi unnepfozok " + token)
                .with(TestUsers.developer("07"))).hasStatusOk().bodyText().contains("Őrségi Ünnepfőzők " + token);
        MvcTestResult percent = mvc.get().uri("/organisations").param("q", "100% kor " + token)
                .with(TestUsers.developer("07")).exchange();
        assertThat(percent).bodyText().contains("Százalék 100% Kör").doesNotContain("Százalék 1000 Kör");
        assertThat(mvc.get().uri("/organisations").param("kind", "NINCS").with(TestUsers.developer("07")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void csvHasHungarianLabelsContactsOnlyForTheOwnCountyAFormulaGuardAndAnAuditRow() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        organisation("02", "Csv Saját " + token);
        organisation("12", "Csv Másik " + token);
        organisation("02", "=HYPERLINK(1) " + token);
        long before = jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'PERSONAL_DATA_EXPORT'")
                .query(Long.class).single();
        MvcTestResult result = mvc.get().uri("/organisations.csv").param("q", token)
                .with(TestUsers.coordinator("02")).exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFNév;Forma;Megye;Székhely (település);Megalakulás napja;");
        assertThat(body).contains("Csv Saját " + token + ";egyesület;Baranya;");
        String own = body.lines().filter(l -> l.contains("Csv Saját")).findFirst().orElseThrow();
        String other = body.lines().filter(l -> l.contains("Csv Másik")).findFirst().orElseThrow();
        assertThat(own).contains("kato@example.hu").contains("+36 30 555 6666");
        assertThat(other).doesNotContain("kato@example.hu").doesNotContain("555 6666").doesNotContain("Kapcsolat Kató");
        assertThat(body).contains("'=HYPERLINK(1) " + token).doesNotContain(";=HYPERLINK");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE type = 'PERSONAL_DATA_EXPORT'")
                .query(Long.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE type = 'PERSONAL_DATA_EXPORT' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).startsWith("/organisations.csv");
    }

    @Test
    void contactDataOnlyForTheCountyStaffAndTheNationalOffice() {
        String name = unique("Kapcsolatos Alapítvány");
        long id = organisation("02", name);
        for (RequestPostProcessor reader : new RequestPostProcessor[] {
            TestUsers.developer("02"), TestUsers.coordinator("02"), TestUsers.national()}) {
            assertThat(mvc.get().uri("/organisations/" + id).with(reader)).hasStatusOk().bodyText()
                    .contains("kato@example.hu").contains("+36 30 555 6666");
        }
        assertThat(mvc.get().uri("/organisations/" + id).with(TestUsers.coordinator("12"))).hasStatusOk().bodyText()
                .contains(name).doesNotContain("kato@example.hu").doesNotContain("555 6666")
                .doesNotContain("Kapcsolat Kató");
    }

    @Test
    void listAndDetailStatementsDoNotGrowWithRows() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        long first = organisation("03", "Számláló egy " + token);
        long busy = organisation("03", "Számláló sok " + token);
        for (long linked : new long[] {first, busy}) {
            link(linked, "Számláló első kezdeményezés");
        }
        for (int i = 0; i < 40; i++) {
            organisation("03", "Számláló " + i + " " + token);
            link(busy, "Számláló kezdeményezés " + i);
        }
        int one = statements("/organisations?q=" + "Számláló egy " + token);
        int many = statements("/organisations?county=03&q=" + token + "&page=1");
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(8);
        int bare = statements("/organisations/" + first);
        int rich = statements("/organisations/" + busy);
        assertThat(rich).isEqualTo(bare).isLessThanOrEqualTo(8);
    }

    private void link(long organisation, String title) {
        long seat = jdbc.sql("SELECT seat_settlement_id FROM organisation WHERE id = ?").param(organisation)
                .query(Long.class).single();
        long initiative = data().initiative(seat).set("title", title).set("start_date", LocalDate.of(2024, 1, 1))
                .insert();
        data().link("organisation_initiative").set("organisation_id", organisation).set("initiative_id", initiative)
                .set("relation", "RUNS").add();
    }

    private int statements(String uri) {
        mvc.get().uri(uri).with(TestUsers.developer("07")).exchange();
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(TestUsers.developer("07"))).hasStatusOk();
        return (int) SqlStatementCounter.count();
    }
}
