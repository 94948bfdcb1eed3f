package hu.kozossegi.portal.initiatives;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class InitiativeWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    TestData fx;
    String villageA;
    String villageB;
    long villageAId;

    @BeforeEach
    void data() {
        fx = new TestData(jdbc);
        villageA = unique("Kővágó");
        villageB = unique("Szőlőshegy");
        villageAId = fx.settlement("02", villageA);
        fx.settlement("02", villageB);
    }

    private MvcTestResult create(String title, String settlement, String status, String start, String end) {
        return mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("save", "1").param("title", title).param("primarySettlement", settlement)
                .param("otherSettlements[0]", villageB).param("status", status).param("startDate", start)
                .param("endDate", end).param("themes", "YOUTH", "ELDERLY").param("funding[0].source", "Norvég Civil Alap")
                .param("funding[0].amount", "1 500 000").param("residentParticipants", "40").exchange();
    }

    private long idByTitle(String title) {
        return jdbc.sql("SELECT id FROM initiative WHERE title = ?").param(title).query(Long.class).single();
    }

    @Test
    void coordinatorCreatesAnInitiativeResolvingSettlementNamesWithoutAccents() {
        String title = unique("Ifjúsági klub");
        String typed = villageA.replace("ő", "o").replace("á", "a").toUpperCase();
        assertThat(create(title, typed, "RUNNING", "2024-03-01", "")).hasStatus3xxRedirection();
        long id = idByTitle(title);
        assertThat(jdbc.sql("SELECT primary_settlement_id FROM initiative WHERE id = ?").param(id)
                .query(Long.class).single()).isEqualTo(villageAId);
        assertThat(jdbc.sql("SELECT count(*) FROM initiative_settlement WHERE initiative_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT amount_huf FROM initiative_funding WHERE initiative_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1_500_000L);
        assertThat(mvc.get().uri("/initiatives/" + id).with(TestUsers.developer("13"))).hasStatusOk()
                .bodyText().contains(title, villageB, "Norvég Civil Alap", "1\u00a0500\u00a0000\u00a0Ft");
    }

    @Test
    void ruleViolationsAreShownAtTheFieldsWithTypedInputKept() {
        String title = unique("Lezart");
        MvcTestResult result = create(title, villageA, "CLOSED", "2024-03-01", "");
        assertThat(result).hasStatus(400).bodyText().contains("Hiba:", "adja meg a befejezés dátumát", title);
        result = create(title, villageA, "RUNNING", "2024-03-01", "2024-02-01");
        assertThat(result).hasStatus(400).bodyText().contains("nem lehet a kezdés előtt");
        result = create(title, "Nincs-ilyen-falu-xyz", "RUNNING", "2024-13-45", "");
        assertThat(result).hasStatus(400).bodyText().contains("Nincs-ilyen-falu-xyz", "Valós dátumot");
        assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE title = ?").param(title).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anUnparseableNumberIsA400WithTheMessageAtTheFieldAndInTheSummaryAndTheTypedTextKept() throws Exception {
        String title = unique("Számhiba");
        MvcTestResult result = mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("title", title).param("primarySettlement", villageA).param("status", "RUNNING")
                .param("startDate", "2024-03-01").param("residentParticipants", "abc")
                .param("funding[0].source", "Alap").param("funding[0].amount", "sok pénz").exchange();
        assertThat(result).hasStatus(400);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#residentParticipants").val()).isEqualTo("abc");
        assertThat(page.select("#residentParticipants-error").text()).contains("nem negatív egész számként");
        assertThat(page.select(".error-summary a[href=\"#residentParticipants\"]").text())
                .contains("nem negatív egész számként");
        assertThat(page.select("#funding0\\.amount").val()).isEqualTo("sok pénz");
        assertThat(page.select(".error-summary a[href=\"#funding0.amount\"]").text()).contains("egész szám");
        assertThat(page.select("#title").val()).isEqualTo(title);
        assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE title = ?").param(title).query(Long.class)
                .single()).isZero();
    }

    @Test
    void enterInATextFieldSaves() throws Exception {
        String title = unique("Enterrel mentve");
        // What a browser sends on Enter: the form's first submit button, never "more rows".
        Document form = Jsoup.parse(mvc.get().uri("/initiatives/new").with(TestUsers.coordinator("02")).exchange()
                .getResponse().getContentAsString());
        assertThat(form.select("form[action=/initiatives/new] button[type=submit]").first().attr("name")).isEqualTo("save");
        assertThat(mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("title", title).param("primarySettlement", villageA).param("status", "RUNNING")
                .param("startDate", "2024-03-01").exchange()).hasStatus3xxRedirection();
        assertThat(idByTitle(title)).isPositive();
        String rows = unique("Csak sorok");
        assertThat(mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("moreRows", "1").param("title", rows).param("primarySettlement", villageA)
                .param("status", "RUNNING").param("startDate", "2024-03-01").exchange()).hasStatusOk();
        assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE title = ?").param(rows).query(Long.class)
                .single()).isZero();
    }

    @Test
    void ambiguousSettlementListsTheCandidates() {
        String name = unique("Kisfalu");
        fx.settlement("02", name);
        fx.settlement("20", name);
        MvcTestResult result = create(unique("Kétes"), name, "RUNNING", "2024-03-01", "");
        assertThat(result).hasStatus(400).bodyText().contains("Több ilyen nevű település", name + " (");
        String title = unique("Egyértelmű");
        long id = jdbc.sql("SELECT id FROM settlement WHERE name = ? AND county_code = '02'").param(name)
                .query(Long.class).single();
        String countyName = jdbc.sql("SELECT name FROM county WHERE code = '02'").query(String.class).single();
        assertThat(create(title, name + " (" + countyName + ")", "RUNNING", "2024-03-01", ""))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT primary_settlement_id FROM initiative WHERE title = ?").param(title)
                .query(Long.class).single()).isEqualTo(id);
    }

    @Test
    void workerSearchAndAddKeepsEverythingTyped() throws Exception {
        String workerName = unique("Szűcs Ödön");
        long worker = fx.worker("13", workerName);
        MvcTestResult result = mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("searchWorkers", "1").param("workerQuery", "szucs odon").param("title", "Megtartott cim")
                .param("primarySettlement", villageA).exchange();
        assertThat(result).hasStatusOk().bodyText().contains(workerName, "Megtartott cim");
        result = mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("addWorker", Long.toString(worker)).param("title", "Megtartott cim").exchange();
        assertThat(result).hasStatusOk().bodyText().contains(workerName, "Megtartott cim");
        assertThat(result.getResponse().getContentAsString()).contains("value=\"" + worker + "\" checked");
    }

    @Test
    void otherCountyAndWrongRoleGet403AndNothingChanges() {
        long id = fx.initiative(villageAId, unique("Baranyai"), "RUNNING", LocalDate.of(2024, 1, 1), null);
        long version = fx.version(id);
        String[] paths = {"/initiatives/" + id + "/edit", "/initiatives/" + id + "/outcomes",
            "/initiatives/" + id + "/notes", "/initiatives/" + id + "/delete"};
        for (String path : paths) {
            assertThat(mvc.post().uri(path).with(TestUsers.coordinator("12")).with(csrf()).param("save", "1")
                    .param("title", "Átírva").param("primarySettlement", villageA).param("status", "RUNNING")
                    .param("startDate", "2024-01-01").param("type", "CLUB").param("name", "x")
                    .param("achievedOn", "2024-05-01").param("notedOn", "2024-05-01").param("text", "x")
                    .param("version", Long.toString(version))).hasStatus(403);
        }
        assertThat(mvc.post().uri("/initiatives/" + id + "/edit").with(TestUsers.developer("02")).with(csrf())
                .param("save", "1").param("title", "Átírva").param("primarySettlement", villageA)
                .param("status", "RUNNING").param("startDate", "2024-01-01")).hasStatus(403);
        assertThat(mvc.post().uri("/initiatives/" + id + "/outcomes").with(TestUsers.developer("02")).with(csrf())
                .param("type", "CLUB").param("name", "x").param("achievedOn", "2024-05-01")).hasStatus(403);
        assertThat(mvc.post().uri("/initiatives/" + id + "/delete").with(TestUsers.coordinator("02")).with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post().uri("/initiatives/new").with(TestUsers.developer("02")).with(csrf())
                .param("save", "1").param("title", "Fejlesztői").param("primarySettlement", villageA)
                .param("status", "RUNNING").param("startDate", "2024-01-01")).hasStatus(403);
        assertThat(mvc.get().uri("/initiatives/" + id + "/edit").with(TestUsers.coordinator("12"))).hasStatus(403);
        assertThat(fx.version(id)).isEqualTo(version);
        assertThat(jdbc.sql("SELECT count(*) FROM initiative_outcome WHERE initiative_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM progress_note WHERE initiative_id = ?").param(id)
                .query(Long.class).single()).isZero();
        // the county's developer adds notes
        assertThat(mvc.post().uri("/initiatives/" + id + "/notes").with(TestUsers.developer("02")).with(csrf())
                .param("notedOn", "2024-05-01").param("text", "Jól halad a közösségi kert.")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/initiatives/" + id).with(TestUsers.developer("02"))).bodyText()
                .contains("Jól halad a közösségi kert.");
    }

    @Test
    void closedYearRefusesCountyStaffButNotTheNationalOffice() {
        fx.closedYear(2003);
        long id = fx.initiative(villageAId, unique("Régi"), "RUNNING", LocalDate.of(2003, 5, 1), null);
        assertThat(mvc.post().uri("/initiatives/" + id + "/notes").with(TestUsers.coordinator("02")).with(csrf())
                .param("notedOn", "2003-06-01").param("text", "késői")).hasStatus(409);
        assertThat(mvc.post().uri("/initiatives/" + id + "/outcomes").with(TestUsers.coordinator("02")).with(csrf())
                .param("type", "CLUB").param("name", "Klub").param("achievedOn", "2003-06-01")).hasStatus(409);
        assertThat(create(unique("Visszadátumozott"), villageA, "RUNNING", "2003-02-01", "")).hasStatus(409);
        assertThat(mvc.post().uri("/initiatives/" + id + "/notes").with(TestUsers.national()).with(csrf())
                .param("notedOn", "2003-06-01").param("text", "pótlás")).hasStatus3xxRedirection();
    }

    @Test
    void outcomesFollowTheRulesAndBlockDeletion() {
        long planned = fx.initiative(villageAId, unique("Tervezett"), "PLANNED", null, null);
        assertThat(mvc.post().uri("/initiatives/" + planned + "/outcomes").with(TestUsers.coordinator("02"))
                .with(csrf()).param("type", "CLUB").param("name", "Klub").param("achievedOn", "2024-06-01"))
                .hasStatus(400).bodyText().contains("Tervezett kezdeményezésnek nem lehet eredménye");
        long running = fx.initiative(villageAId, unique("Futó"), "RUNNING", LocalDate.of(2024, 1, 1), null);
        assertThat(mvc.post().uri("/initiatives/" + running + "/outcomes").with(TestUsers.coordinator("02"))
                .with(csrf()).param("type", "SELF_HELP_GROUP").param("name", "Baba-mama kör")
                .param("achievedOn", "2024-06-01")).hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/initiatives/" + running + "/delete").with(TestUsers.national()).with(csrf()))
                .hasStatus(200).bodyText().contains("nem törölhető");
        assertThat(mvc.post().uri("/initiatives/" + planned + "/delete").with(TestUsers.national()).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE id IN (?, ?)").params(planned, running)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void unknownAndMalformedIdsAnd404And400() {
        assertThat(mvc.get().uri("/initiatives/999999999").with(TestUsers.national())).hasStatus(404);
        assertThat(mvc.get().uri("/initiatives/abc").with(TestUsers.national())).hasStatus(400);
        assertThat(mvc.get().uri("/initiatives?year=abc").with(TestUsers.national())).hasStatus(400);
        assertThat(mvc.get().uri("/initiatives?county=99").with(TestUsers.national())).hasStatus(400);
        assertThat(mvc.get().uri("/initiatives?status=NOPE").with(TestUsers.national())).hasStatus(400);
    }

    @Test
    void editRecordsHistoryAndConcurrentEditConflicts() {
        String title = unique("Történet");
        assertThat(create(title, villageA, "RUNNING", "2024-03-01", "")).hasStatus3xxRedirection();
        long id = idByTitle(title);
        long version = fx.version(id);
        assertThat(mvc.post().uri("/initiatives/" + id + "/edit").with(TestUsers.coordinator("02")).with(csrf())
                .param("save", "1").param("version", Long.toString(version)).param("title", title + " II")
                .param("primarySettlement", villageA).param("status", "CLOSED").param("startDate", "2024-03-01")
                .param("endDate", "2024-12-31")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/initiatives/" + id + "/history").with(TestUsers.developer("05"))).hasStatusOk()
                .bodyText().contains(title + " II", "futó", "lezárt", "2024. 12. 31.", "Norvég Civil Alap: 1\u00a0500\u00a0000\u00a0Ft")
                .doesNotContain("2024-12-31");
        // a second editor still holding the old version gets the conflict page, nothing overwritten
        MvcTestResult stale = mvc.post().uri("/initiatives/" + id + "/edit").with(TestUsers.coordinator("02"))
                .with(csrf()).param("save", "1").param("version", Long.toString(version)).param("title", "Felülírás")
                .param("primarySettlement", villageA).param("status", "RUNNING").param("startDate", "2024-03-01")
                .exchange();
        assertThat(stale).hasStatus(409).bodyText().contains("Valaki más időközben", title + " II", "Felülírás");
        assertThat(jdbc.sql("SELECT title FROM initiative WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(title + " II");
    }

    @Test
    void listFiltersByActiveYearAtItsEdges() throws Exception {
        String tag = unique("Évhatár");
        long s = fx.settlement("02", tag);
        long dec31 = fx.initiative(s, tag + " dec31", "RUNNING", LocalDate.of(2010, 12, 31), null);
        long jan1End = fx.initiative(s, tag + " jan1", "CLOSED", LocalDate.of(2009, 5, 1), LocalDate.of(2010, 1, 1));
        long planned = fx.initiative(s, tag + " tervezett", "PLANNED", LocalDate.of(2010, 3, 1), null);
        long endedBefore = fx.initiative(s, tag + " korábbi", "CLOSED", LocalDate.of(2009, 5, 1),
                LocalDate.of(2009, 12, 31));
        long startsAfter = fx.initiative(s, tag + " későbbi", "RUNNING", LocalDate.of(2011, 1, 1), null);
        String body = mvc.get().uri("/initiatives?settlement=" + s + "&year=2010").with(TestUsers.developer("09"))
                .exchange().getResponse().getContentAsString();
        assertThat(body).contains("/initiatives/" + dec31 + "\"", "/initiatives/" + jan1End + "\"")
                .doesNotContain("/initiatives/" + planned + "\"", "/initiatives/" + endedBefore + "\"",
                        "/initiatives/" + startsAfter + "\"");
        String csv = mvc.get().uri("/initiatives.csv?settlement=" + s + "&year=2010&sort=title")
                .with(TestUsers.developer("09")).exchange().getResponse().getContentAsString();
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(mvc.get().uri("/initiatives?q=" + tag.substring(0, 6).replace("É", "e") + "&county=02")
                .with(TestUsers.developer("09"))).bodyText().contains(tag + " dec31");
    }

    @Test
    void textSearchFindsTitlesAndPrimarySettlementNamesIgnoringAccents() {
        String place = unique("Szőlőhegyfalu");
        String word = unique("Fűzfakör");
        LocalDate start = LocalDate.of(2015, 1, 1);
        long inPlace = fx.initiative(fx.settlement("02", place), "Közösségi kert", "RUNNING", start, null);
        long titled = fx.initiative(villageAId, word + " klubja", "RUNNING", start, null);
        long other = fx.initiative(villageAId, "Idősek napja", "RUNNING", start, null);
        String byPlace = place.replace("ő", "o").toUpperCase(java.util.Locale.ROOT);
        assertThat(mvc.get().uri("/initiatives?q={q}", byPlace).with(TestUsers.developer("09"))).body().asString()
                .contains("/initiatives/" + inPlace + "\"")
                .doesNotContain("/initiatives/" + titled + "\"", "/initiatives/" + other + "\"");
        assertThat(mvc.get().uri("/initiatives?q={q}", word.replace("ű", "u")).with(TestUsers.developer("09")))
                .body().asString().contains("/initiatives/" + titled + "\"")
                .doesNotContain("/initiatives/" + inPlace + "\"", "/initiatives/" + other + "\"");
    }

    @Test
    void dashboardShowsRunningAndStaleInitiatives() {
        long stale = fx.initiative(villageAId, unique("Csendes"), "RUNNING", LocalDate.now().minusYears(1), null);
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.coordinator("02"))).hasStatusOk().bodyText()
                .contains("A megye kezdeményezései", "Új kezdeményezés");
        assertThat(stale).isPositive();
    }

    @Test
    void programmesAreManagedByTheNationalOffice() {
        String name = unique("Norvég Civil Alap program");
        assertThat(mvc.post().uri("/programmes/new").with(TestUsers.coordinator("02")).with(csrf())
                .param("name", name).param("funder", "x").param("firstYear", "2010")).hasStatus(403);
        assertThat(mvc.post().uri("/programmes/new").with(TestUsers.national()).with(csrf())
                .param("name", name).param("funder", "Norvég Civil Alap").param("firstYear", "2010")
                .param("lastYear", "2009")).hasStatus(400).bodyText().contains("nem lehet az első év előtt");
        assertThat(mvc.post().uri("/programmes/new").with(TestUsers.national()).with(csrf())
                .param("name", name).param("funder", "Norvég Civil Alap").param("firstYear", "2010")
                .param("lastYear", "2011")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/programmes").with(TestUsers.developer("02"))).hasStatusOk().bodyText()
                .contains(name, "2010–2011");
    }
}
