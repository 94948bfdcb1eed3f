package hu.kozossegi.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** An enrolment's page lists its changes (who, when, which field from what to what), newest first. */
@PortalIntegrationTest
class EnrolmentHistoryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEnrolmentPageShowsWhoChangedWhat() throws Exception {
        CapacityData data = new CapacityData(jdbc);
        long programme = data.programme(2027, 2028);
        long organisation = data.organisation("12", "Karancsaljai Nők Köre");
        MvcTestResult created = mvc.post().uri("/programmes/{id}/enrolments/new", programme).with(csrf())
                .with(TestUsers.coordinator("12")).param("organisationId", Long.toString(organisation))
                .param("enrolledOn", "2027-02-01").param("note", "első megjegyzés").exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        String location = created.getResponse().getRedirectedUrl();
        long enrolment = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(mvc.post().uri("/enrolments/{id}/edit", enrolment).with(csrf()).with(TestUsers.coordinator("12"))
                .param("version", "0").param("enrolledOn", "2027-02-01").param("leftOn", "2028-06-30")
                .param("note", "kilépett").exchange()).hasStatus(HttpStatus.FOUND);

        String html = mvc.get().uri(location).with(TestUsers.developer("05")).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var rows = Jsoup.parse(html).select("#history ~ div table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("kilépés napja", "2028. 06. 30.", "megjegyzés", "első megjegyzés",
                "kilépett");
        assertThat(rows.get(1).text()).contains("Felvétel");
    }
}
