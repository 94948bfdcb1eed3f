package hu.kozossegi.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;

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
 * Deleting a development-plan milestone: confirmed on a page of its own, by the coordinators and developers of the
 * organisation's county (another county gets 403), never by county staff when a date of it lies in a closed
 * report year, and a changed milestone answers 409 with nothing deleted.
 */
@PortalIntegrationTest
class MilestoneDeleteTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    CapacityData data;
    long enrolment;

    @BeforeEach
    void setUp() {
        data = new CapacityData(jdbc);
        long programme = data.programme(2013, 2028);
        long organisation = data.organisation("12", "Szécsényi Asszonykórus");
        enrolment = data.enrol(programme, organisation, LocalDate.of(2013, 2, 1), null);
        data.closedYear(2013);
    }

    private boolean exists(long milestone) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM capacity_milestone WHERE id = ?)").param(milestone)
                .query(Boolean.class).single();
    }

    private MvcTestResult delete(long milestone, String version, org.springframework.test.web.servlet.request.RequestPostProcessor user) {
        return mvc.post().uri("/enrolments/{id}/milestones/{m}/delete", enrolment, milestone).with(csrf()).with(user)
                .param("version", version).exchange();
    }

    @Test
    void aDeveloperOfTheCountyDeletesAfterConfirmingAnotherCountyIsRefused() {
        long milestone = data.milestone(enrolment, LocalDate.of(2027, 6, 30), null);
        assertThat(mvc.get().uri("/enrolments/{id}/milestones/{m}/delete", enrolment, milestone)
                .with(TestUsers.developer("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(delete(milestone, "0", TestUsers.developer("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(delete(milestone, "0", TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(exists(milestone)).isTrue();

        assertThat(mvc.get().uri("/enrolments/{id}", enrolment).with(TestUsers.developer("12"))).hasStatusOk()
                .bodyText().contains("Törlés: Mérföldkő");
        assertThat(mvc.get().uri("/enrolments/{id}/milestones/{m}/delete", enrolment, milestone)
                .with(TestUsers.developer("12"))).hasStatusOk().bodyText()
                .contains("Biztosan törli ezt a mérföldkövet?", "2027. 06. 30.");
        MvcTestResult deleted = delete(milestone, "0", TestUsers.developer("12"));
        assertThat(deleted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/enrolments/" + enrolment + "#milestones");
        assertThat(exists(milestone)).isFalse();
    }

    @Test
    void aMilestoneChangedMeanwhileIsNotDeleted() {
        long milestone = data.milestone(enrolment, LocalDate.of(2027, 6, 30), null);
        jdbc.sql("UPDATE capacity_milestone SET version = 1 WHERE id = ?").param(milestone).update();
        MvcTestResult stale = delete(milestone, "0", TestUsers.coordinator("12"));
        assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyText()
                .contains("Valaki más időközben módosította ezt a mérföldkövet");
        assertThat(exists(milestone)).isTrue();
        assertThat(delete(milestone, "nem szám", TestUsers.coordinator("12"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(exists(milestone)).isTrue();
    }

    @Test
    void countyStaffCannotDeleteAMilestoneDatedInAClosedYearTheNationalOfficeCan() {
        long milestone = data.milestone(enrolment, LocalDate.of(2013, 6, 30), null);
        assertThat(mvc.get().uri("/enrolments/{id}/milestones/{m}/delete", enrolment, milestone)
                .with(TestUsers.developer("12"))).hasStatusOk().bodyText()
                .contains("A 2013. év beszámolója lezárult").doesNotContain("Biztosan törli");
        assertThat(delete(milestone, "0", TestUsers.developer("12"))).hasStatus(HttpStatus.CONFLICT);
        assertThat(exists(milestone)).isTrue();
        long doneInClosed = data.milestone(enrolment, LocalDate.of(2027, 6, 30), LocalDate.of(2013, 12, 1));
        assertThat(delete(doneInClosed, "0", TestUsers.coordinator("12"))).hasStatus(HttpStatus.CONFLICT);
        assertThat(exists(doneInClosed)).isTrue();

        assertThat(delete(milestone, "0", TestUsers.national())).hasStatus(HttpStatus.FOUND);
        assertThat(exists(milestone)).isFalse();
    }
}
