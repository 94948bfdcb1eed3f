package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 13, finding 6 (input part): control characters in single-line fields, Spring's raw conversion
 * messages, pages past the last, unknown ids and empty choices in forms, and refused requests in the audit log.
 */
@PortalIntegrationTest
class InputHardeningTests {

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private long settlement(String county) {
        return (long) Fixtures.settlement(jdbc, county).get("id");
    }

    private MvcTestResult initiative(RequestPostProcessor user, String title, String... extra) {
        String place = jdbc.sql("SELECT name FROM settlement WHERE id = ?").param(settlement("02"))
                .query(String.class).single();
        var request = mvc.post().uri("/initiatives/new").with(user).with(csrf()).param("save", "1")
                .param("title", title).param("primarySettlement", place).param("status", "RUNNING")
                .param("startDate", "2024-03-01").param("endDate", "");
        for (int i = 0; i < extra.length; i += 2) {
            request = request.param(extra[i], extra[i + 1]);
        }
        return request.exchange();
    }

    @Test
    void singleLineFieldsLoseControlCharactersAndTextareasKeepOnlyLineBreaksAndTabs() throws Exception {
        String tag = "Vezérlő" + System.nanoTime();
        MvcTestResult saved = initiative(TestUsers.coordinator("02"), tag + "\r\nmásodik\u0007sor\u001b[2J\u0085",
                "needAssessment", "első sor\r\n\tmásodik\u0001 sor\u202e");
        assertThat(saved).hasStatus3xxRedirection();
        var row = jdbc.sql("SELECT title, need_assessment FROM initiative WHERE title LIKE ?").param(tag + "%")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(row.get(0)).isEqualTo(tag + " másodiksor[2J");
        assertThat(row.get(1)).isEqualTo("első sor\r\n\tmásodik sor");
    }

    @Test
    void unparseableNumbersAndDatesGetMessagesInBothLanguagesNotSpringsText() throws Exception {
        long id = (long) Fixtures.initiative(jdbc, "02").get("id");
        for (String lang : List.of("hu", "en")) {
            MvcTestResult result = mvc.post().uri("/initiatives/" + id + "/edit?lang=" + lang)
                    .with(TestUsers.national()).with(csrf()).param("save", "1").param("title", "T")
                    .param("leadWorkerId", "nem-szám").param("programmeId", "x").param("version", "0").exchange();
            assertThat(result.getResponse().getStatus()).isEqualTo(400);
            assertThat(result).bodyText().doesNotContain("Failed to convert").doesNotContain("java.lang")
                    .doesNotContain("NumberFormatException")
                    .contains(lang.equals("hu") ? "Válasszon a listából" : "Choose from the list");
        }
        MvcTestResult programme = mvc.post().uri("/programmes/new").with(TestUsers.national()).with(csrf())
                .param("name", "P" + System.nanoTime()).param("funder", "F").param("firstYear", "kétezer")
                .param("version", "x").exchange();
        assertThat(programme.getResponse().getStatus()).isEqualTo(400);
        assertThat(programme).bodyText().doesNotContain("Failed to convert")
                .contains("Adjon meg egy egész számot");
    }

    @Test
    void unknownIdsInFormsAreFieldErrorsNot500() throws Exception {
        MvcTestResult programme = initiative(TestUsers.national(), "Ismeretlen " + System.nanoTime(),
                "programmeId", "-1");
        assertThat(programme.getResponse().getStatus()).isEqualTo(400);
        assertThat(programme).bodyText().contains("Válasszon egy létező programot");
        MvcTestResult workers = initiative(TestUsers.national(), "Ismeretlen " + System.nanoTime(),
                "workerIds", "-1", "workerIds", "999999999");
        assertThat(workers.getResponse().getStatus()).isEqualTo(400);
        assertThat(workers).bodyText().contains("Válasszon létező munkatársat");
        long event = (long) Fixtures.event(jdbc, "20").get("id");
        MvcTestResult status = mvc.post().uri("/events/" + event + "/edit").with(TestUsers.national()).with(csrf())
                .param("status", "").param("title", "Esemény").param("kind", "WORKSHOP").param("countyCode", "20")
                .param("startsAt", "2030-05-01T10:00").param("endsAt", "2030-05-01T12:00").param("version", "0")
                .exchange();
        assertThat(status.getResponse().getStatus()).isBetween(400, 499);
    }

    @Test
    void aPagePastTheLastIsNeverAServerError() {
        Set<String> pages = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            boolean get = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition().getMethods()
                    .stream().anyMatch(m -> m.name().equals("GET"));
            info.getPatternValues().stream().filter(p -> get && !p.contains("{") && !p.equals("/error")
                    && !p.contains(".")).forEach(pages::add);
        }
        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            for (String number : List.of("999999", "2147483647", "-3")) {
                MvcTestResult result = mvc.get().uri(page).param("page", number).accept(MediaType.TEXT_HTML)
                        .with(TestUsers.national()).exchange();
                int code = result.getUnresolvedException() != null ? 500 : result.getResponse().getStatus();
                if (code >= 500) {
                    failures.add(page + "?page=" + number + " -> " + code);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aRefusedRequestIsAuditedWithUserPathAndMethodAtMostTenTimesAMinute() {
        String path = "/settlements/" + settlement("20") + "/edit";
        var user = TestUsers.principal(hu.kozossegi.portal.accounts.Role.COUNTY_COORDINATOR, "02");
        for (int i = 0; i < 15; i++) {
            assertThat(mvc.post().uri(path).with(TestUsers.as(user)).with(csrf()).param("name", "X")).hasStatus(403);
        }
        List<String> details = jdbc.sql("SELECT detail FROM audit_log WHERE type = 'ACCESS_DENIED' AND actor = ?")
                .param(user.getUsername()).query(String.class).list();
        assertThat(details).hasSize(10).allSatisfy(d -> assertThat(d).isEqualTo("POST " + path));
    }
}
