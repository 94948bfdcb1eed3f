package hu.kozossegi.portal.geography;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PortalIntegrationTest
class SettlementImportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /** Sessions live in PostgreSQL (Spring Session): the steps are tied together by the session cookie. */
    private Cookie sessionCookie;

    private Cookie[] cookie() {
        return new Cookie[] {sessionCookie == null ? new Cookie("none", "") : sessionCookie};
    }

    private MvcTestResult keep(MvcTestResult result) {
        Cookie set = result.getResponse().getCookie("SESSION");
        if (set == null) {
            set = result.getResponse().getCookie("KKP_SESSION");
        }
        if (set != null) {
            sessionCookie = set;
        }
        return result;
    }

    private MvcTestResult upload(byte[] content, RequestPostProcessor user) {
        return keep(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/settlements/import").file(new MockMultipartFile("file", "telepulesek.csv", "text/csv",
                        content)).cookie(cookie()).with(user).with(csrf())));
    }

    /** The mapping page's guess, submitted as it is, with extra parameters (name, value, ...). */
    private MvcTestResult post(String step, RequestPostProcessor user, String... extra) throws Exception {
        Document map = Jsoup.parse(keep(mvc.get().uri("/settlements/import/map").cookie(cookie()).with(user).exchange())
                .getResponse().getContentAsString());
        var request = mvc.post().uri("/settlements/import/" + step).cookie(cookie()).with(user).with(csrf());
        map.select("form select").forEach(select -> request.param(select.attr("name"),
                select.select("option[selected]").val()));
        for (int i = 0; i + 1 < extra.length; i += 2) {
            request.param(extra[i], extra[i + 1]);
        }
        return keep(request.exchange());
    }

    private long count(String prefix) {
        return jdbc.sql("SELECT count(*) FROM settlement WHERE name LIKE ?").param(prefix + "%").query(Long.class)
                .single();
    }

    @Test
    void windows1250WithSemicolonsImportsAndAReimportUpdatesWithoutDuplicates() throws Exception {
        String p = unique("Imp");
        String csv = "Név;Megye;Típus;Lakosság;Szülő település;Hátrányos helyzetű\n"
                + p + " Város;Baranya;város;12 000;;nem\n"
                + p + " Őrtelep;02;lakótelep;;" + p + " Város;igen\n"
                + p + " Kisfalu;02;község;320;;igen\n";
        RequestPostProcessor coordinator = TestUsers.coordinator("02");
        assertThat(upload(csv.getBytes(Charset.forName("windows-1250")), coordinator)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().isEqualTo("/settlements/import/map");
        String map = keep(mvc.get().uri("/settlements/import/map").cookie(cookie()).with(coordinator).exchange())
                .getResponse().getContentAsString();
        assertThat(map).contains("Windows-1250").contains("pontosvessző").contains(p + " Őrtelep");

        MvcTestResult dryRun = post("check", coordinator);
        assertThat(dryRun).hasStatusOk().bodyText().contains("Új: 3, módosul: 0, változatlan: 0");
        assertThat(count(p)).isZero();

        assertThat(post("run", coordinator)).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/settlements");
        assertThat(count(p)).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT p.name FROM settlement s JOIN settlement p ON p.id = s.parent_id WHERE s.name = ?""")
                .param(p + " Őrtelep").query(String.class).single()).isEqualTo(p + " Város");

        String changed = csv.replace(";320;", ";340;");
        upload(changed.getBytes(StandardCharsets.UTF_8), coordinator);
        assertThat(post("check", coordinator)).bodyText().contains("Új: 0, módosul: 1, változatlan: 2");
        assertThat(post("run", coordinator)).hasStatus(HttpStatus.FOUND);
        assertThat(count(p)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT population FROM settlement WHERE name = ?").param(p + " Kisfalu")
                .query(Integer.class).single()).isEqualTo(340);
    }

    @Test
    void aDryRunListsEveryBadRowByLineAndNameAndAFailedImportChangesNothing() throws Exception {
        String p = unique("Hib");
        String csv = "name,county,type,population,ksh_code,latitude,longitude\n"
                + p + " Jó,02,VILLAGE,100,,,\n"
                + p + " Rossz,02,VÁR,-5,12345,,\n"
                + ",02,VILLAGE,,,50.1,18\n"
                + p + " Jó,02,VILLAGE,100,,,\n";
        RequestPostProcessor national = TestUsers.national();
        upload(csv.getBytes(StandardCharsets.UTF_8), national);
        MvcTestResult dryRun = post("check", national);
        Document doc = Jsoup.parse(dryRun.getResponse().getContentAsString());
        var rows = doc.select("tr.import-problem").eachText();
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("3 " + p + " Rossz type Ismeretlen településtípus: VÁR"))
                .anySatisfy(r -> assertThat(r).startsWith("3 " + p + " Rossz population"))
                .anySatisfy(r -> assertThat(r).startsWith("3 " + p + " Rossz ksh_code"))
                .anySatisfy(r -> assertThat(r).startsWith("4 name Adja meg a település nevét"))
                .anySatisfy(r -> assertThat(r).startsWith("4 latitude"))
                .anySatisfy(r -> assertThat(r).startsWith("5 " + p + " Jó name Ez a település már szerepel"));
        assertThat(doc.select("thead th").eachText()).containsExactly("Sor", "Település (a fájlban)", "Oszlop", "Hiba");
        // Six problems in three rows: the heading counts rows.
        assertThat(rows).hasSize(6);
        assertThat(doc.select(".error-summary-title").text()).isEqualTo("Hibás sorok: 3");
        assertThat(doc.select("form[action$=/run] input[name=skipBadRows]")).hasSize(1);
        assertThat(doc.select("form[action$=/run]").text())
                .contains("A jó sorok importálása: 1 új, 0 módosuló település; a 3 hibás sort kihagyjuk.");
        // even a hand-made run request without the choice writes nothing
        assertThat(post("run", national)).hasStatusOk();
        assertThat(count(p)).isZero();
    }

    @Test
    void afterTheDryRunTheGoodRowsCanBeImportedSkippingTheBadOnes() throws Exception {
        String p = unique("Rész");
        String csv = "név;megye;típus;lakosság\n" + p + " Egy;02;község;120\n" + p + " Kettő;02;vár;-1\n"
                + p + " Három;02;község;80\n";
        RequestPostProcessor coordinator = TestUsers.coordinator("02");
        upload(csv.getBytes(StandardCharsets.UTF_8), coordinator);
        assertThat(post("check", coordinator)).hasStatusOk().bodyText().contains("Hibás sorok: 1")
                .contains(p + " Kettő");
        MvcTestResult run = keep(post("run", coordinator, "skipBadRows", "true"));
        assertThat(run).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/settlements");
        assertThat(count(p)).isEqualTo(2);
        assertThat(count(p + " Kettő")).isZero();
        var flash = run.getMvcResult().getFlashMap();
        assertThat(flash.get("importSkipped")).isEqualTo(1L);
        assertThat(flash.get("importCreated")).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT status || ' ' || bad_rows || ' ' || created FROM settlement_import_run
                WHERE upload_id = (SELECT upload_id FROM settlement_import_run WHERE filename = 'telepulesek.csv'
                                   ORDER BY id DESC LIMIT 1)""").query(String.class).single())
                .isEqualTo("PARTIAL 1 2");
    }

    @Test
    void skippingBadRowsNeverWritesAnotherCountysRowsNorLetsADeveloperIn() throws Exception {
        String p = unique("Kihagy");
        String csv = "név;megye;típus\n" + p + " Saját;12;község\n" + p + " Idegen;02;község\n";
        RequestPostProcessor nograd = TestUsers.coordinator("12");
        upload(csv.getBytes(StandardCharsets.UTF_8), nograd);
        assertThat(post("check", nograd)).bodyText().contains("Csak a saját megyéje településeit importálhatja");
        assertThat(post("run", nograd, "skipBadRows", "true")).hasStatus(HttpStatus.FOUND);
        assertThat(count(p + " Saját")).isOne();
        assertThat(count(p + " Idegen")).as("the other county's row is skipped, never written").isZero();
        String q = unique("Fejlesztő");
        upload(("név;megye;típus\n" + q + ";02;község\n").getBytes(StandardCharsets.UTF_8), TestUsers.national());
        assertThat(mvc.post().uri("/settlements/import/run").cookie(cookie()).with(TestUsers.developer("02"))
                .with(csrf()).param("name", "0").param("county", "1").param("type", "2").param("skipBadRows", "true"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/settlements/import/run").cookie(cookie()).with(TestUsers.coordinator("13"))
                .with(csrf()).param("name", "0").param("county", "1").param("type", "2").param("skipBadRows", "true"))
                .as("another county's coordinator does not reach the national office's upload")
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/settlements/import");
        assertThat(count(q)).isZero();
    }

    @Test
    void rowsOfAnotherCountyAreRefusedForACoordinator() throws Exception {
        String p = unique("Más");
        String csv = "név;megye;típus\n" + p + " Saját;12;község\n" + p + " Idegen;Baranya;község\n";
        RequestPostProcessor nograd = TestUsers.coordinator("12");
        upload(csv.getBytes(StandardCharsets.UTF_8), nograd);
        assertThat(post("check", nograd)).bodyText().contains("Csak a saját megyéje településeit importálhatja");
        post("run", nograd);
        assertThat(count(p)).isZero();
    }

    @Test
    void anOversizedFileIsRefusedWithAMessage() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        MvcTestResult result = upload(big, TestUsers.national());
        assertThat(result).hasStatus(HttpStatus.PAYLOAD_TOO_LARGE).bodyText().contains("nagyobb 5 MB-nál");
        assertThat(mvc.get().uri("/settlements/import/map").cookie(cookie()).with(TestUsers.national()))
                .hasStatus(HttpStatus.FOUND);
    }

    @Test
    void aHostileHeaderIsRefusedAtOnceWithAMessage() throws Exception {
        long started = System.nanoTime();
        byte[] semicolons = new byte[(int) (2.4 * 1024 * 1024)];
        Arrays.fill(semicolons, (byte) ';');
        assertThat(upload(semicolons, TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("túl sok oszlop van (legfeljebb 50)");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(5_000);
        String columns51 = "név" + ";x".repeat(50) + "\nA;02\n";
        assertThat(upload(columns51.getBytes(StandardCharsets.UTF_8), TestUsers.national()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("túl sok oszlop");
        String longCell = "név;megye;típus\n\"" + "a".repeat(1_001) + "\";02;község\n";
        assertThat(upload(longCell.getBytes(StandardCharsets.UTF_8), TestUsers.national()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("legfeljebb 1000 karakter");
        String longLine = "név;megye;típus\n" + "a".repeat(20_001) + ";02;község\n";
        assertThat(upload(longLine.getBytes(StandardCharsets.UTF_8), TestUsers.national()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("legfeljebb 20 000 karakter");
        String manyRows = "név;megye;típus\n" + "a;02;község\n".repeat(20_002);
        assertThat(upload(manyRows.getBytes(StandardCharsets.UTF_8), TestUsers.national()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("legfeljebb 20 000");
    }

    @Test
    void formulaCellsAreRefusedRowByRow() throws Exception {
        String p = unique("Kép");
        String csv = "név;megye;típus;járás\n" + p + " Jó;02;község;\n=HYPERLINK(\"http://x\");02;község;\n"
                + p + " B;02;község; @SUM(A1)\n" + p + " C;02;község;-1+2\n";
        RequestPostProcessor national = TestUsers.national();
        upload(csv.getBytes(StandardCharsets.UTF_8), national);
        Document doc = Jsoup.parse(post("check", national).getResponse().getContentAsString());
        assertThat(doc.select("tr.import-problem").eachText())
                .anySatisfy(r -> assertThat(r).startsWith("3 =HYPERLINK").contains(" név A cella képletnek látszik"))
                .anySatisfy(r -> assertThat(r).startsWith("4 " + p + " B járás A cella képletnek látszik"))
                .anySatisfy(r -> assertThat(r).startsWith("5 " + p + " C járás A cella képletnek látszik"));
        post("run", national);
        assertThat(count(p)).isZero();
    }

    @Test
    void theUploadIsParsedOnceAndKeptOutsideTheSessionForItsOwnerOnly() throws Exception {
        String p = unique("Tár");
        RequestPostProcessor national = TestUsers.national();
        upload(("név;megye;típus\n" + p + " A;02;község\n").getBytes(StandardCharsets.UTF_8), national);
        long stored = jdbc.sql("SELECT count(*) FROM settlement_import_upload_row r JOIN settlement_import_upload u "
                + "ON u.id = r.upload_id WHERE r.cells[1] = ?").param(p + " A").query(Long.class).single();
        assertThat(stored).isEqualTo(1);
        long sessionBytes = jdbc.sql("SELECT coalesce(max(length(attribute_bytes)), 0) FROM spring_session_attributes "
                + "WHERE attribute_name = 'geography.settlementImport'").query(Long.class).single();
        assertThat(sessionBytes).as("the session holds only the upload's id").isLessThan(200);
        // another user holding the same session cookie does not get the file
        assertThat(mvc.get().uri("/settlements/import/map").cookie(cookie()).with(TestUsers.national()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(post("run", national)).hasStatus(HttpStatus.FOUND);
        assertThat(count(p)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM settlement_import_upload_row WHERE cells[1] = ?").param(p + " A")
                .query(Long.class).single()).as("deleted after the import").isZero();
    }

    @Test
    void developersMayNotImport() throws Exception {
        RequestPostProcessor developer = TestUsers.developer("02");
        assertThat(mvc.get().uri("/settlements/import").with(developer)).hasStatus(HttpStatus.FORBIDDEN);
        String p = unique("Fej");
        assertThat(upload(("név;megye;típus\n" + p + ";02;község\n").getBytes(StandardCharsets.UTF_8), developer))
                .hasStatus(HttpStatus.FORBIDDEN);
        upload(("név;megye;típus\n" + p + ";02;község\n").getBytes(StandardCharsets.UTF_8), TestUsers.national());
        assertThat(mvc.post().uri("/settlements/import/run").cookie(cookie()).with(developer).with(csrf())
                .param("name", "0").param("county", "1").param("type", "2")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(count(p)).isZero();
    }
}
