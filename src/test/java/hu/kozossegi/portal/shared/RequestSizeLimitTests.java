package hu.kozossegi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The form body limit fits the text limits: a text within its own limit is never refused as "too large". */
@PortalIntegrationTest
class RequestSizeLimitTests {

    @Autowired
    MockMvcTester mvc;

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void twoLongAccentedTextsWithinTheirLimitsReachTheFormAndAreKept() {
        String need = "őű ".repeat(4000);
        String plan = "űő ".repeat(4000);
        assertThat(need.length()).isBetween(11_000, 20_000);
        assertThat(plan.length()).isBetween(11_000, 20_000);
        // No title: the form comes back with its errors and the typed texts (no 413, nothing lost).
        String body = "save=1&status=RUNNING&needAssessment=" + encode(need) + "&actionProgramme=" + encode(plan);
        assertThat(body.length()).as("URL-encoded bytes").isGreaterThan(64 * 1024);
        assertThat(mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains(need).contains(plan);
    }

    @Test
    void aTextOverItsLimitGetsTheFieldMessageAndIsKept() {
        String need = "ő".repeat(20_001);
        assertThat(mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("save=1&status=RUNNING&title=Hossz&needAssessment=" + encode(need)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains(need);
    }

    @Test
    void aFormOverAMegabyteIsRefusedWithAMessageAboutTheForm() {
        assertThat(mvc.post().uri("/initiatives/new").with(TestUsers.coordinator("02")).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("title=" + "A".repeat(1100 * 1024)))
                .hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
