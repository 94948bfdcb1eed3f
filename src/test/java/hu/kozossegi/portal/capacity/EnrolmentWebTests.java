package hu.kozossegi.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.nodes.Document;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Enrolling, assessing and planning through the forms: the rights of issue 17 (coordinators enrol their county's
 * organisations, developers record assessments and milestones, another county gets 403 and nothing changes), the
 * field errors with the typed input kept, the version conflicts (409, the typed input kept and the comparison of
 * what was saved meanwhile) and the closed year.
 */
@PortalIntegrationTest
class EnrolmentWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    CapacityData data;
    long programme;
    long organisation;

    @BeforeEach
    void setUp() {
        data = new CapacityData(jdbc);
        programme = data.programme(2027, 2028);
        organisation = data.organisation("12", "Nógrádi Roma Fiatalok Köre");
    }

    private long enrolments(long org) {
        return jdbc.sql("SELECT count(*) FROM capacity_enrolment WHERE organisation_id = ?").param(org)
                .query(Long.class).single();
    }

    @Test
    void aCoordinatorEnrolsHerCountysOrganisationAndAnotherCountyIsRefused() {
        MvcTestResult refused = mvc.post().uri("/programmes/{id}/enrolments/new", programme).with(csrf())
                .with(TestUsers.coordinator("02")).param("organisationId", Long.toString(organisation))
                .param("enrolledOn", "2027-02-01").exchange();
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult developer = mvc.post().uri("/programmes/{id}/enrolments/new", programme).with(csrf())
                .with(TestUsers.developer("12")).param("organisationId", Long.toString(organisation))
                .param("enrolledOn", "2027-02-01").exchange();
        assertThat(developer).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(enrolments(organisation)).isZero();

        MvcTestResult saved = mvc.post().uri("/programmes/{id}/enrolments/new", programme).with(csrf())
                .with(TestUsers.coordinator("12")).param("organisationId", Long.toString(organisation))
                .param("enrolledOn", "2027-02-01").param("note", "Belépő csoport").exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(enrolments(organisation)).isOne();
        String location = saved.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(location).with(TestUsers.developer("05"))).hasStatusOk().bodyText()
                .contains("Nógrádi Roma Fiatalok Köre", "Belépő csoport", "2027. 02. 01.");
    }

    @Test
    void theEnrolmentListIsPagedInSqlWithItsTotal() {
        for (int i = 0; i < 27; i++) {
            data.enrol(programme, data.organisation("12", "Lapozott szervezet " + i), LocalDate.of(2027, 3, 1), null);
        }
        Document first = page(mvc.get().uri("/programmes/{id}/enrolments", programme).with(TestUsers.developer("05"))
                .exchange());
        assertThat(first.select("tbody tr")).hasSize(25);
        assertThat(first.select("main").text()).contains("27");
        Document last = page(mvc.get().uri("/programmes/{id}/enrolments?page=99", programme)
                .with(TestUsers.developer("05")).exchange());
        assertThat(last.select("tbody tr")).as("a page past the last shows the last").hasSize(2);
    }

    @Test
    void aMissingDayAndADayOutsideTheProgrammeAreFieldErrorsWithTheTypedInputKept() {
        MvcTestResult empty = mvc.post().uri("/programmes/{id}/enrolments/new", programme).with(csrf())
                .with(TestUsers.coordinator("12")).param("organisationId", Long.toString(organisation))
                .param("enrolledOn", "nem nap").param("note", "megtartott szöveg").exchange();
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Adjon meg létező napot");
        assertThat(page(empty).select("#note").val()).isEqualTo("megtartott szöveg");
        MvcTestResult outside = mvc.post().uri("/programmes/{id}/enrolments/new", programme).with(csrf())
                .with(TestUsers.coordinator("12")).param("organisationId", Long.toString(organisation))
                .param("enrolledOn", "2026-12-31").exchange();
        assertThat(outside).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("A nap a program időszakába essen (2027–2028)");
        assertThat(enrolments(organisation)).isZero();
    }

    @Test
    void aDeveloperRecordsTheEntryAssessmentAndAMilestoneAnotherCountyCannot() {
        long enrolment = data.enrol(programme, organisation, LocalDate.of(2027, 1, 10), null);
        MvcTestResult refused = assessment(enrolment, "05", "3");
        assertThat(refused).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(scores(enrolment)).isZero();

        MvcTestResult missing = mvc.post().uri("/enrolments/{id}/assessments/entry", enrolment).with(csrf())
                .with(TestUsers.developer("12")).param("version", "-1").param("assessedOn", "2027-01-20")
                .param("governanceScore", "2").param("governanceNote", "alapszabály nincs").exchange();
        assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Válasszon értéket 1 és 4 között");
        assertThat(page(missing).select("#governanceNote").val()).isEqualTo("alapszabály nincs");
        assertThat(page(missing).select("input[name=governanceScore][checked]").val()).isEqualTo("2");

        assertThat(assessment(enrolment, "12", "3")).hasStatus(HttpStatus.FOUND);
        assertThat(scores(enrolment)).isEqualTo(6);

        MvcTestResult stale = assessment(enrolment, "12", "4");
        assertThat(stale).as("a second new entry assessment from a form opened before the first").hasStatus(
                HttpStatus.CONFLICT);
        Document conflict = page(stale);
        assertThat(conflict.select("input[name=governanceScore][checked]").val()).isEqualTo("4");
        assertThat(conflict.select("input[name=communityScore][checked]").val()).isEqualTo("4");
        assertThat(conflict.select("#assessedOn").val()).isEqualTo("2027-01-20");
        assertThat(conflict.select("input[name=version]").val()).as("the form now carries the saved version")
                .isEqualTo(Long.toString(jdbc.sql("SELECT version FROM capacity_assessment WHERE enrolment_id = ?")
                        .param(enrolment).query(Long.class).single()));
        assertThat(conflict.select(".notice-warning h2").text())
                .isEqualTo("Valaki más időközben módosította ezt a felmérést");
        assertThat(conflict.select(".notice-warning tbody tr").eachText()).containsExactly(
                "Szervezeti működés, irányítás: érték 3 4", "Tervezés: érték 3 4", "Forrásteremtés: érték 3 4",
                "Kommunikáció és média: érték 3 4", "Partnerségek: érték 3 4", "A közösség bevonása: érték 3 4");
        assertThat(jdbc.sql("""
                SELECT DISTINCT s.score FROM capacity_assessment_score s
                JOIN capacity_assessment a ON a.id = s.assessment_id WHERE a.enrolment_id = ?""").param(enrolment)
                .query(Integer.class).list()).containsExactly(3);

        assertThat(mvc.post().uri("/enrolments/{id}/milestones/new", enrolment).with(csrf())
                .with(TestUsers.developer("02")).param("title", "Alapszabály elfogadása").param("dueOn", "2027-06-30")
                .exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/enrolments/{id}/milestones/new", enrolment).with(csrf())
                .with(TestUsers.developer("12")).param("title", "Alapszabály elfogadása").param("dueOn", "2027-06-30")
                .exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT count(*) FROM capacity_milestone WHERE enrolment_id = ?").param(enrolment)
                .query(Long.class).single()).isOne();
    }

    @Test
    void aChangedEnrolmentAnswers409WithTheSavedVersionAndKeepsWhatWasTyped() throws Exception {
        long enrolment = data.enrol(programme, organisation, LocalDate.of(2027, 1, 10), null);
        jdbc.sql("UPDATE capacity_enrolment SET version = version + 1, note = 'más mentette' WHERE id = ?")
                .param(enrolment).update();
        MvcTestResult stale = mvc.post().uri("/enrolments/{id}/edit", enrolment).with(csrf())
                .with(TestUsers.coordinator("12")).param("version", "0").param("enrolledOn", "2027-01-10")
                .param("leftOn", "2028-05-31").param("note", "én írtam").exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        Document conflict = page(stale);
        assertThat(conflict.select("#note").val()).isEqualTo("én írtam");
        assertThat(conflict.select("#leftOn").val()).isEqualTo("2028-05-31");
        assertThat(conflict.select("input[name=version]").val()).as("the form now carries the saved version")
                .isEqualTo("1");
        assertThat(conflict.select(".notice-warning h2").text())
                .isEqualTo("Valaki más időközben módosította ezt a részvételt");
        assertThat(conflict.select(".notice-warning tbody tr").eachText()).containsExactly(
                "A programból kilépés napja 2028. 05. 31.", "Megjegyzés más mentette én írtam");
        assertThat(mvc.post().uri("/enrolments/{id}/edit", enrolment).with(csrf()).with(TestUsers.coordinator("02"))
                .param("version", "1").param("enrolledOn", "2027-01-10").exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("SELECT note FROM capacity_enrolment WHERE id = ?").param(enrolment).query(String.class)
                .single()).isEqualTo("más mentette");
    }

    @Test
    void onlyTheNationalOfficeSetsTheProgrammesTargets() {
        assertThat(mvc.post().uri("/programmes/{id}/targets", programme).with(csrf()).with(TestUsers.coordinator("12"))
                .param("version", "-1").param("trainingsHeld", "8").exchange()).hasStatus(HttpStatus.FORBIDDEN);
        MvcTestResult typo = mvc.post().uri("/programmes/{id}/targets", programme).with(csrf())
                .with(TestUsers.national()).param("version", "-1").param("trainingsHeld", "nyolc")
                .param("enrolled[12]", "15").exchange();
        assertThat(typo).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Adjon meg egy egész számot");
        assertThat(page(typo).select("#enrolled12").val()).isEqualTo("15");
        assertThat(mvc.post().uri("/programmes/{id}/targets", programme).with(csrf()).with(TestUsers.national())
                .param("version", "-1").param("trainingsHeld", "8").param("enrolled[12]", "15")
                .param("enrolled[02]", "5").exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("SELECT sum(target) FROM programme_target WHERE programme_id = ?").param(programme)
                .query(Long.class).single()).isEqualTo(28);
        MvcTestResult stale = mvc.post().uri("/programmes/{id}/targets", programme).with(csrf())
                .with(TestUsers.national()).param("version", "-1").param("trainingsHeld", "9")
                .param("enrolled[12]", "15").param("enrolled[02]", "6").exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        Document conflict = page(stale);
        assertThat(conflict.select("#trainingsHeld").val()).isEqualTo("9");
        assertThat(conflict.select("#enrolled02").val()).isEqualTo("6");
        assertThat(conflict.select("input[name=version]").val()).as("the form now carries the saved version")
                .isEqualTo(Long.toString(jdbc.sql("SELECT version FROM programme_target_set WHERE programme_id = ?")
                        .param(programme).query(Long.class).single()));
        assertThat(conflict.select(".notice-warning h2").text())
                .isEqualTo("Valaki más időközben módosította a program céljait");
        assertThat(conflict.select(".notice-warning tbody tr").eachText()).containsExactly(
                "Megtartott képzések 8 9", "Bevont szervezetek megyénként Baranya: 5 Baranya: 6");
        assertThat(jdbc.sql("SELECT sum(target) FROM programme_target WHERE programme_id = ?").param(programme)
                .query(Long.class).single()).isEqualTo(28);
    }

    @Test
    void aChangedMilestoneAnswers409WithTheComparisonAndKeepsWhatWasTyped() {
        long enrolment = data.enrol(programme, organisation, LocalDate.of(2027, 1, 10), null);
        long milestone = data.milestone(enrolment, LocalDate.of(2027, 6, 30), null);
        jdbc.sql("UPDATE capacity_milestone SET version = version + 1, title = 'Más mentette' WHERE id = ?")
                .param(milestone).update();
        MvcTestResult stale = mvc.post().uri("/enrolments/{id}/milestones/{m}/edit", enrolment, milestone)
                .with(csrf()).with(TestUsers.developer("12")).param("version", "0").param("title", "Én írtam")
                .param("dueOn", "2027-06-30").param("doneOn", "2027-05-02").exchange();
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        Document conflict = page(stale);
        assertThat(conflict.select("#title").val()).isEqualTo("Én írtam");
        assertThat(conflict.select("#doneOn").val()).isEqualTo("2027-05-02");
        assertThat(conflict.select("input[name=version]").val()).as("the form now carries the saved version")
                .isEqualTo("1");
        assertThat(conflict.select(".notice-warning h2").text())
                .isEqualTo("Valaki más időközben módosította ezt a mérföldkövet");
        assertThat(conflict.select(".notice-warning tbody tr").eachText()).containsExactly(
                "Mérföldkő Más mentette Én írtam", "Teljesítés napja 2027. 05. 02.");
        assertThat(jdbc.sql("SELECT title FROM capacity_milestone WHERE id = ?").param(milestone)
                .query(String.class).single()).isEqualTo("Más mentette");
        assertThat(mvc.post().uri("/enrolments/{id}/milestones/{m}/edit", enrolment, milestone).with(csrf())
                .with(TestUsers.developer("12")).param("version", "1").param("title", "Én írtam")
                .param("dueOn", "2027-06-30").param("doneOn", "2027-05-02").exchange())
                .as("saving again from the conflict page is deliberate and goes through").hasStatus(HttpStatus.FOUND);
    }

    private MvcTestResult assessment(long enrolment, String county, String score) {
        var request = mvc.post().uri("/enrolments/{id}/assessments/entry", enrolment).with(csrf())
                .with(TestUsers.developer(county)).param("version", "-1").param("assessedOn", "2027-01-20");
        for (String f : new String[] {"governance", "planning", "fundraising", "communication", "partnerships",
                "community"}) {
            request = request.param(f + "Score", score).param(f + "Note", "");
        }
        return request.exchange();
    }

    private long scores(long enrolment) {
        return jdbc.sql("""
                SELECT count(*) FROM capacity_assessment_score s JOIN capacity_assessment a ON a.id = s.assessment_id
                WHERE a.enrolment_id = ?""").param(enrolment).query(Long.class).single();
    }

    private static org.jsoup.nodes.Document page(MvcTestResult result) {
        try {
            return org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
