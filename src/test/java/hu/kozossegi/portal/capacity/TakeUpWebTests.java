package hu.kozossegi.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Practice take-up (issue 17): a community records from an exchange visit that it takes up the visited practice,
 * moves it through its stages (each dated, the history kept), and the practice page shows where it spread. Rights
 * (another county 403 before validation, nothing changed), the version conflict, the closed year, hostile input.
 */
@PortalIntegrationTest
class TakeUpWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    CapacityData data;
    long practice;
    long visitor;
    long visit;

    @BeforeEach
    void setUp() {
        data = new CapacityData(jdbc);
        practice = data.practice("12", "Falusi tudástár", "ACCREDITED");
        visitor = data.initiative("05", "RUNNING", LocalDate.of(2022, 1, 10), null);
        visit = data.visit("12", LocalDate.of(2024, 2, 20), data.initiativeOfPractice(practice), visitor);
    }

    private String title(long initiative) {
        return jdbc.sql("SELECT title FROM initiative WHERE id = ?").param(initiative).query(String.class).single();
    }

    private long takeUps(long practiceId) {
        return jdbc.sql("SELECT count(*) FROM practice_takeup WHERE practice_id = ?").param(practiceId)
                .query(Long.class).single();
    }

    private MvcTestResult record(org.springframework.test.web.servlet.request.RequestPostProcessor user,
            String stage, String since, String notes) {
        return mvc.post().uri("/take-ups/new").with(csrf()).with(user).param("practiceId", Long.toString(practice))
                .param("initiativeId", Long.toString(visitor)).param("visitId", Long.toString(visit))
                .param("version", "0").param("stage", stage).param("since", since).param("notes", notes).exchange();
    }

    @Test
    void theVisitorsRecordTheTakeUpFromTheVisitAndMoveItThroughDatedStages() {
        MvcTestResult visitPage = mvc.get().uri("/visits/{id}", visit).with(TestUsers.developer("05")).exchange();
        assertThat(visitPage).hasStatusOk();
        String offer = page(visitPage).select("a[href^=/take-ups/new]").stream()
                .filter(a -> a.attr("href").contains("initiative=" + visitor)).findFirst().orElseThrow().attr("href");
        assertThat(offer).contains("practice=" + practice, "visit=" + visit);
        assertThat(mvc.get().uri(offer).with(TestUsers.developer("05"))).hasStatusOk().bodyText()
                .contains(title(visitor), "Ismerkedik vele", "Bevezeti", "Működteti", "Elvetette");

        assertThat(mvc.get().uri(offer).with(TestUsers.developer("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(record(TestUsers.coordinator("02"), "EXPLORING", "2024-03-01", "")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(takeUps(practice)).isZero();

        MvcTestResult beforeVisit = record(TestUsers.developer("05"), "EXPLORING", "2024-02-01", "megtartott");
        assertThat(beforeVisit).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("A szakasz nem kezdődhet a látogatás napja");
        assertThat(page(beforeVisit).select("#notes").val()).isEqualTo("megtartott");
        assertThat(page(beforeVisit).select("#since").val()).isEqualTo("2024-02-01");

        MvcTestResult saved = record(TestUsers.developer("05"), "EXPLORING", "2024-03-01", "Megnéztük a tudástárat.");
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        String location = saved.getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/take-ups/".length()));
        assertThat(record(TestUsers.developer("05"), "RUNNING", "2024-03-02", "")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().contains("már rögzítette");

        MvcTestResult backwards = mvc.post().uri("/take-ups/{id}/edit", id).with(csrf()).with(TestUsers.coordinator("05"))
                .param("version", "0").param("stage", "IMPLEMENTING").param("since", "2024-02-25").param("notes", "x")
                .exchange();
        assertThat(backwards).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("nem kezdődhet az előző szakasz");
        assertThat(mvc.post().uri("/take-ups/{id}/edit", id).with(csrf()).with(TestUsers.coordinator("05"))
                .param("version", "0").param("stage", "IMPLEMENTING").param("since", "2024-09-01")
                .param("notes", "Bevezetjük ősszel.").exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/take-ups/{id}/edit", id).with(csrf()).with(TestUsers.coordinator("05"))
                .param("version", "1").param("stage", "RUNNING").param("since", "2025-01-15")
                .param("notes", "Működik.").exchange()).hasStatus(HttpStatus.FOUND);

        assertThat(jdbc.sql("SELECT stage || ' ' || since FROM practice_takeup_stage WHERE takeup_id = ? ORDER BY position")
                .param(id).query(String.class).list())
                .containsExactly("EXPLORING 2024-03-01", "IMPLEMENTING 2024-09-01", "RUNNING 2025-01-15");
        Document detail = page(mvc.get().uri(location).with(TestUsers.developer("18")).exchange());
        assertThat(detail.select("main").text()).contains("Működteti, 2025. 01. 15. óta", "Ismerkedik vele: 2024. 03. 01.",
                "Bevezeti: 2024. 09. 01.", "Működik.");
        assertThat(detail.select("a[href=/take-ups/" + id + "/edit]")).as("another county reads, does not edit").isEmpty();
        assertThat(page(mvc.get().uri("/visits/{id}", visit).with(TestUsers.national()).exchange())
                .select("a[href=" + location + "]")).hasSize(1);
    }

    @Test
    void anotherCountyIsRefusedBeforeTheFormIsValidatedAndNothingChanges() {
        long id = data.takeUp(practice, visitor, null, "EXPLORING", "2024-03-01");
        assertThat(mvc.get().uri("/take-ups/{id}/edit", id).with(TestUsers.coordinator("12")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/take-ups/{id}/edit", id).with(csrf()).with(TestUsers.developer("12"))
                .param("version", "nem szám").param("stage", "NINCS").param("since", "tegnap").exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/take-ups/new").with(csrf()).with(TestUsers.developer("12"))
                .param("practiceId", Long.toString(practice)).param("initiativeId", Long.toString(visitor))
                .param("stage", "NINCS").param("since", "tegnap").exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/take-ups/{id}/edit", id).with(TestUsers.national())).hasStatusOk();
        assertThat(jdbc.sql("SELECT stage || ' ' || version FROM practice_takeup WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo("EXPLORING 0");
    }

    @Test
    void aTakeUpChangedMeanwhileAnswers409WithTheComparisonAndTheTypedInputKept() {
        long id = data.takeUp(practice, visitor, null, "EXPLORING", "2024-03-01");
        jdbc.sql("UPDATE practice_takeup SET version = version + 1, note = 'más írta' WHERE id = ?").param(id).update();
        MvcTestResult stale = mvc.post().uri("/take-ups/{id}/edit", id).with(csrf()).with(TestUsers.developer("05"))
                .param("version", "0").param("stage", "IMPLEMENTING").param("since", "2024-10-01")
                .param("notes", "én írtam").exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        Document doc = page(stale);
        assertThat(doc.select(".notice-warning").text()).contains("más írta", "én írtam", "Ismerkedik vele", "Bevezeti");
        assertThat(doc.select("#notes").val()).isEqualTo("én írtam");
        assertThat(doc.select("input[name=stage][checked]").val()).isEqualTo("IMPLEMENTING");
        assertThat(doc.select("input[name=version]").val()).isEqualTo("1");
        assertThat(jdbc.sql("SELECT stage FROM practice_takeup WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("EXPLORING");
    }

    @Test
    void noStageIsDatedInAClosedYearByCountyStaff() {
        data.closedYear(2005);
        long early = data.initiative("05", "RUNNING", LocalDate.of(2004, 1, 10), null);
        MvcTestResult refused = mvc.post().uri("/take-ups/new").with(csrf()).with(TestUsers.developer("05"))
                .param("practiceId", Long.toString(practice)).param("initiativeId", Long.toString(early))
                .param("version", "0").param("stage", "RUNNING").param("since", "2005-05-01").param("notes", "régi")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.CONFLICT);
        assertThat(page(refused).select("#since-error").text()).contains("2005");
        assertThat(page(refused).select("#notes").val()).isEqualTo("régi");
        assertThat(takeUps(practice)).isZero();

        long id = data.takeUp(practice, early, null, "EXPLORING", "2005-04-01");
        assertThat(mvc.post().uri("/take-ups/{id}/edit", id).with(csrf()).with(TestUsers.developer("05"))
                .param("version", "0").param("stage", "EXPLORING").param("since", "2006-04-01").exchange())
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post().uri("/take-ups/{id}/edit", id).with(csrf()).with(TestUsers.developer("05"))
                .param("version", "0").param("stage", "RUNNING").param("since", "2006-04-01").exchange())
                .as("a new stage in an open year keeps the closed year's stage as it was").hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT stage || ' ' || since FROM practice_takeup_stage WHERE takeup_id = ? ORDER BY position")
                .param(id).query(String.class).list()).containsExactly("EXPLORING 2005-04-01", "RUNNING 2006-04-01");
    }

    @Test
    void thePracticePageShowsWhereThePracticeSpreadAsAListAndOnTheMap() {
        long there = data.initiative("18", "RUNNING", LocalDate.of(2022, 1, 10), null);
        jdbc.sql("""
                UPDATE settlement SET latitude = 47.23, longitude = 16.62
                WHERE id = (SELECT primary_settlement_id FROM initiative WHERE id = ?)""").param(there).update();
        long organisation = data.organisation("02", "Ormánsági Kertbarátok");
        data.takeUp(practice, there, null, "EXPLORING", "2024-01-10", "RUNNING", "2024-06-01");
        data.takeUp(practice, null, organisation, "EXPLORING", "2024-05-05");

        Document anonymous = page(mvc.get().uri("/good-practices/{id}", practice).exchange());
        var section = anonymous.select("section.practice-spread");
        assertThat(section.select("tbody tr")).hasSize(2);
        assertThat(section.text()).contains("Vas", "Baranya", "Működteti", "Ismerkedik vele", "2024. 06. 01.")
                .doesNotContain("Ormánsági Kertbarátok", title(there));
        assertThat(section.select("svg circle")).as("only the settlement with coordinates is drawn").hasSize(1);
        assertThat(section.select("svg circle").attr("class")).contains("takeup-running");
        assertThat(section.select("svg circle").attr("cx")).isEqualTo("76.5");

        Document signedIn = page(mvc.get().uri("/good-practices/{id}", practice).with(TestUsers.developer("05")).exchange());
        assertThat(signedIn.select("section.practice-spread tbody a").eachText())
                .anyMatch(t -> t.startsWith("Ormánsági Kertbarátok")).anyMatch(t -> t.equals(title(there)));
        assertThat(signedIn.select("section.practice-spread a[href=/take-ups/new?practice=" + practice + "]")).hasSize(1);

        long draft = data.practice("12", "Vázlat gyakorlat", "SUBMITTED");
        assertThat(page(mvc.get().uri("/good-practices/{id}", draft).with(TestUsers.national()).exchange())
                .select("section.practice-spread")).isEmpty();
    }

    @Test
    void aCommunityIsChosenByNameInTheUsersCountyAndAHostileNoteIsShownAsText() {
        String hostile = "<script>alert('x')</script> & \"idéző\"";
        MvcTestResult search = mvc.get().uri("/take-ups/new?practice={p}&q={q}", practice, title(visitor).substring(6))
                .with(TestUsers.coordinator("05")).exchange();
        assertThat(search).hasStatusOk();
        assertThat(page(search).select("main a[href*='initiative=" + visitor + "&']")).hasSize(1);
        assertThat(mvc.get().uri("/take-ups/new?practice={p}&q={q}", practice, title(visitor).substring(6))
                .with(TestUsers.coordinator("02"))).hasStatusOk().bodyText().contains("Nincs ilyen nevű");
        assertThat(mvc.get().uri("/take-ups/new?practice={p}&q={q}", practice, "%_\\").with(TestUsers.coordinator("05")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/take-ups/new?practice=abc").with(TestUsers.coordinator("05")))
                .hasStatus(HttpStatus.BAD_REQUEST);

        MvcTestResult invalid = record(TestUsers.developer("05"), "", "nem nap", hostile);
        assertThat(invalid).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Válassza ki a szakaszt",
                "Adjon meg létező napot");
        assertThat(page(invalid).select("#notes").val()).isEqualTo(hostile);
        assertThat(page(invalid).select("#since").val()).isEqualTo("nem nap");
        assertThat(page(invalid).select("script:containsData(alert)")).isEmpty();

        MvcTestResult saved = record(TestUsers.developer("05"), "EXPLORING", "2024-03-01", hostile);
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        Document detail = page(mvc.get().uri(saved.getResponse().getRedirectedUrl()).with(TestUsers.developer("05"))
                .exchange());
        assertThat(detail.select("dd.prewrap").text()).isEqualTo(hostile);
        assertThat(detail.select("script:containsData(alert)")).isEmpty();
    }

    private static Document page(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
