package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * Hostile input against every list page (every GET route without path variables, collected from the
 * mappings) and the account forms: SQL meta-characters give normal answers (no database error text, the search
 * box shows the text as typed), script comes back escaped where the page shows it, impossible values give the
 * field's message, never a 500.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

    static final String XSS = "<script>alert('kkp')</script>";
    /** {@link #XSS} as Thymeleaf escapes it in text and attribute values. */
    static final String XSS_ESCAPED = "&lt;script&gt;alert(&#39;kkp&#39;)&lt;/script&gt;";
    /** What a database error would leak into a page. */
    static final List<String> DATABASE_ERROR = List.of("PSQLException", "SQLState", "syntax error at",
            "BadSqlGrammar", "org.postgresql", "org.springframework.jdbc");
    /** The free-text filters a page shows back in its search box. */
    static final List<String> TEXT_PARAMS = List.of("q", "actor");
    static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE user_account; --", "\" OR 1=1 --",
            "%' AND 1=0 UNION SELECT password_hash FROM user_account --", "\\'; SELECT pg_sleep(5); --",
            "' and (SELECT * FROM [ODBC;DRIVER=SQL SERVER;Server=1.1.1.1;DATABASE=w].a.p)\u0000");
    /** The filter, sort and search parameters of DESIGN.md section 4. */
    static final List<String> PARAMS = List.of("county", "year", "status", "kind", "q", "page", "sort", "role",
            "active", "type", "actor", "from", "to");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Stream<String> listPages() {
        Set<String> pages = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            boolean get = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition().getMethods()
                    .stream().anyMatch(m -> m.name().equals("GET"));
            info.getPatternValues().stream().filter(p -> get && !p.contains("{") && !p.equals("/error"))
                    .forEach(pages::add);
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listPages")
    void sqlMetaCharactersInFiltersSortAndSearchGiveNormalAnswers(String page) {
        // One parameter at a time: with all of them hostile, a malformed number would stop the request (400)
        // before the text parameters ever reach the database.
        for (String payload : SQL) {
            for (String param : PARAMS) {
                MvcTestResult result = mvc.get().uri(page).accept(MediaType.TEXT_HTML).with(TestUsers.national())
                        .param(param, payload).exchange();
                String what = page + "?" + param + "=" + payload;
                assertThat(result.getUnresolvedException()).as(what).isNull();
                assertThat(result.getResponse().getStatus()).as(what).isLessThan(500);
                String body = body(result);
                assertThat(body).as(what).doesNotContain(DATABASE_ERROR.toArray(String[]::new));
                if (result.getResponse().getStatus() == 200 && TEXT_PARAMS.contains(param)
                        && body.contains("name=\"" + param + "\"") && payload.indexOf('\u0000') < 0) {
                    // The search box shows the text as typed (escaped), so the filter was taken as text.
                    assertThat(body).as(what).contains("value=\"" + HtmlUtils.htmlEscape(payload.strip()) + "\"");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listPages")
    void scriptInASearchBoxIsShownEscapedInIt(String page) {
        String plain = body(mvc.get().uri(page).accept(MediaType.TEXT_HTML).with(TestUsers.national()).exchange());
        for (String param : TEXT_PARAMS) {
            if (!plain.contains("name=\"" + param + "\"")) {
                continue;
            }
            MvcTestResult result = mvc.get().uri(page).accept(MediaType.TEXT_HTML).with(TestUsers.national())
                    .param(param, XSS).exchange();
            assertThat(result.getResponse().getStatus()).as(page + "?" + param).isEqualTo(200);
            assertThat(body(result)).as(page + "?" + param).doesNotContain(XSS)
                    .contains("value=\"" + XSS_ESCAPED + "\"");
        }
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listPages")
    void scriptInAnyParameterComesBackEscaped(String page) {
        var request = mvc.get().uri(page).accept(MediaType.TEXT_HTML).with(TestUsers.national());
        for (String param : PARAMS) {
            request = request.param(param, XSS);
        }
        MvcTestResult result = request.exchange();
        assertThat(result.getResponse().getStatus()).isLessThan(500);
        assertThat(result).bodyText().doesNotContain(XSS);
        if (result.getResponse().getStatus() == 400) {
            // Refused as a bad filter: the reason is said, never the input run.
            assertThat(result.getResponse().getErrorMessage() + body(result)).isNotBlank();
        }
    }

    @Test
    void accountListStillFiltersWithSqlMetaCharacters() {
        assertThat(mvc.get().uri("/admin/users").param("q", "' OR '1'='1").with(TestUsers.national()))
                .hasStatusOk().bodyText().contains("Nincs a szűrésnek megfelelő fiók");
    }

    @Test
    void scriptInEveryAccountTextFieldIsStoredAsTextAndShownEscaped() {
        String username = "xss-" + System.nanoTime();
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .param("username", username).param("fullName", XSS).param("email", "x@example.hu")
                .param("role", "COUNTY_COORDINATOR").param("countyCode", "20")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/admin/users?q=" + username).with(TestUsers.national())).hasStatusOk()
                .bodyText().doesNotContain(XSS).contains("&lt;script&gt;alert(&#39;kkp&#39;)&lt;/script&gt;");
        // Fields that refuse the payload show it back escaped with the error.
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .param("username", XSS).param("fullName", XSS).param("email", XSS).param("role", "COUNTY_COORDINATOR")
                .param("countyCode", "20")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().doesNotContain(XSS).contains("class=\"error-summary\"")
                .contains("A felhasználónév 3–60 karakter legyen")
                .contains("Adjon meg érvényes e-mail-címet")
                .contains("value=\"" + XSS_ESCAPED + "\"");
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .param("username", XSS).param("fullName", XSS).param("email", XSS).param("role", XSS)
                .param("countyCode", XSS).param("password", XSS)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText().doesNotContain(XSS);
    }

    @Test
    void overlongTextIsAFieldErrorNotAServerError() {
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .param("username", "hosszu-" + System.nanoTime()).param("fullName", "N".repeat(5_000))
                .param("role", "NATIONAL_OFFICE")).hasStatus(HttpStatus.BAD_REQUEST).bodyText()
                .contains("A teljes név legfeljebb 120 karakter lehet");
    }

    @Test
    void impossibleDatesAndNumbersAreFieldErrors() {
        assertThat(mvc.get().uri("/admin/audit?from=2023-13-45&to=holnap&page=sok").with(TestUsers.national()))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("Adjon meg létező napot")
                .contains("Az oldalszám csak egész szám lehet");
        assertThat(mvc.post().uri("/admin/users/987654321").with(TestUsers.national()).with(csrf())
                .param("fullName", "Valaki").param("role", "NATIONAL_OFFICE").param("version", "egy"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/admin/users?page=-5").with(TestUsers.national())).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void oversizedFormIsRefusedWith413BeforeAnythingReadsIt() {
        String body = "fullName=" + "A".repeat(1100 * 1024);
        assertThat(mvc.post().uri("/admin/users").with(TestUsers.national()).with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .hasStatus(HttpStatus.PAYLOAD_TOO_LARGE);
    }
}
