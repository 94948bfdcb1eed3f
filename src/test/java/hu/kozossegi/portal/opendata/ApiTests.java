package hu.kozossegi.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.opendata.internal.ApiScope;
import hu.kozossegi.portal.opendata.internal.ApiTokens;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1}: token scopes, revoked and missing tokens, no HTML page or write with a token, paging links, filters. */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTests {

    static final String OWN = "12";
    static final String OTHER = "17";

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired JsonMapper json;

    OpenDataFixture data;
    String networkToken;
    String countyToken;
    String programmeToken;

    @BeforeAll
    void data() {
        data = new OpenDataFixture(jdbc, OWN, OTHER, Year.now(ZoneId.of("Europe/Budapest")).getValue());
        networkToken = data.token(tokens, ApiScope.NETWORK);
        countyToken = data.token(tokens, ApiScope.county(OWN));
        programmeToken = data.token(tokens, ApiScope.programme(data.programme));
    }

    MvcTestResult get(String uri, String token) {
        var request = mvc.get().uri(uri);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.exchange();
    }

    JsonNode body(MvcTestResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aCountyTokenPagesThroughItsCountysInitiativesOnly() throws Exception {
        Set<Long> seen = new HashSet<>();
        String next = "/api/v1/initiatives?county=" + OWN + "&q=" + data.tag() + "&size=2";
        int pages = 0;
        while (next != null) {
            MvcTestResult result = get(next, countyToken);
            assertThat(result).hasStatusOk();
            JsonNode page = body(result);
            for (JsonNode item : page.get("items")) {
                assertThat(item.get("countyCode").asString()).isEqualTo(OWN);
                seen.add(item.get("id").asLong());
            }
            JsonNode link = page.get("links").get("next");
            next = link == null || link.isNull() ? null : link.asString().replace("http://localhost", "");
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(data.initiatives);
    }

    @Test
    void aCountyTokenSeesNoOtherCountysRecordsInAnyList() throws Exception {
        for (String list : List.of("initiatives", "settlements", "events", "exchange-visits", "good-practices",
                "organisations")) {
            JsonNode page = body(get("/api/v1/" + list + "?size=100", countyToken));
            assertThat(page.get("items").size()).as(list).isPositive();
            for (JsonNode item : page.get("items")) {
                assertThat(item.get("countyCode").asString()).as(list).isEqualTo(OWN);
            }
            // Asking for the other county explicitly gives nothing either.
            assertThat(body(get("/api/v1/" + list + "?county=" + OTHER, countyToken)).get("page").get("totalItems")
                    .asLong()).as(list).isZero();
        }
        JsonNode figures = body(get("/api/v1/figures/" + data.year, countyToken));
        for (JsonNode line : figures.get("lines")) {
            assertThat(line.get("countyCode").asString()).isIn(OWN, "");
        }
    }

    @Test
    void aProgrammeTokenSeesItsProgrammesRecordsOnly() throws Exception {
        JsonNode initiatives = body(get("/api/v1/initiatives?size=100", programmeToken));
        List<Long> ids = new ArrayList<>();
        initiatives.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        assertThat(ids).containsExactly(data.initiatives.get(0));
        JsonNode programmes = body(get("/api/v1/programmes", programmeToken));
        assertThat(programmes.get("items").size()).isEqualTo(1);
        assertThat(programmes.get("items").get(0).get("id").asLong()).isEqualTo(data.programme);
    }

    @Test
    void organisationsAreScopedAndCarryTheirLinksButNoContact() throws Exception {
        long own = data.organisations.get(0);
        long other = data.organisations.get(1);
        JsonNode one = body(get("/api/v1/organisations/" + own, countyToken));
        assertThat(one.get("countyCode").asString()).isEqualTo(OWN);
        assertThat(one.get("initiatives").get(0).get("initiativeId").asLong()).isEqualTo(data.initiatives.get(0));
        assertThat(one.get("initiatives").get(0).get("relation").asString()).isEqualTo("RUNS");
        assertThat(one.has("contactName")).isFalse();
        assertThat(one.has("contactEmail")).isFalse();
        assertThat(get("/api/v1/organisations/" + other, countyToken)).hasStatus(404);
        assertThat(get("/api/v1/organisations/" + other, networkToken)).hasStatusOk();
        JsonNode programme = body(get("/api/v1/organisations?q=" + data.tag(), programmeToken));
        assertThat(programme.get("page").get("totalItems").asLong()).isEqualTo(1);
        assertThat(programme.get("items").get(0).get("id").asLong()).isEqualTo(own);
        assertThat(get("/api/v1/organisations?active=maybe", networkToken)).hasStatus(400);
        assertThat(get("/api/v1/organisations?kind=CLUB", networkToken)).hasStatus(400);
    }

    @Test
    void theNetworkTokenSeesBothCounties() throws Exception {
        JsonNode page = body(get("/api/v1/initiatives?q=" + data.tag() + "&size=100", networkToken));
        assertThat(page.get("page").get("totalItems").asLong()).isEqualTo(4);
    }

    @Test
    void withoutAValidTokenTheApiAnswers401() {
        assertThat(get("/api/v1/initiatives", null)).hasStatus(401).headers().containsHeader("WWW-Authenticate");
        assertThat(get("/api/v1/initiatives", "kkp_nincs-ilyen-kulcs")).hasStatus(401);
        assertThat(get("/api/v1/initiatives", "rossz")).hasStatus(401);
        String revoked = data.token(tokens, ApiScope.county(OWN));
        assertThat(get("/api/v1/initiatives", revoked)).hasStatusOk();
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_prefix = ?").param(revoked.substring(0, 10))
                .query(Long.class).single();
        assertThat(tokens.revoke(id, "teszt")).isTrue();
        assertThat(get("/api/v1/initiatives", revoked)).hasStatus(401);
    }

    @Test
    void aSignedInSessionOpensNoApiRoute() {
        assertThat(mvc.get().uri("/api/v1/initiatives").with(TestUsers.national()).exchange()).hasStatus(401);
    }

    @Test
    void aTokenOpensNoHtmlPageAndNoWrite() {
        for (String page : List.of("/dashboard", "/initiatives", "/admin/api-tokens", "/reports")) {
            MvcTestResult result = get(page, networkToken);
            assertThat(result.getResponse().getStatus()).as(page).isEqualTo(302);
            assertThat(result.getResponse().getHeader("Location")).as(page).endsWith("/login");
        }
        assertThat(mvc.post().uri("/api/v1/initiatives").header("Authorization", "Bearer " + networkToken).exchange())
                .hasStatus(405);
        assertThat(mvc.post().uri("/api/v1/initiatives").exchange()).hasStatus(401);
        assertThat(mvc.post().uri("/initiatives/new").header("Authorization", "Bearer " + networkToken).exchange())
                .hasStatus(403);
    }

    @Test
    void theApiCreatesNoSession() {
        MvcTestResult result = get("/api/v1/initiatives", networkToken);
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void aListRunsTheSameFewStatementsWhateverItsPageSize() {
        for (String list : List.of("initiatives", "settlements", "events", "exchange-visits", "good-practices",
                "programmes", "organisations")) {
            get("/api/v1/" + list + "?size=1", networkToken);
            SqlStatementCounter.reset();
            assertThat(get("/api/v1/" + list + "?size=1", networkToken)).hasStatusOk();
            long one = SqlStatementCounter.count();
            SqlStatementCounter.reset();
            assertThat(get("/api/v1/" + list + "?size=100", networkToken)).hasStatusOk();
            long hundred = SqlStatementCounter.count();
            assertThat(hundred).as(list).isEqualTo(one).isLessThanOrEqualTo(4);
        }
    }

    @Test
    void badFiltersAndPagesAre400WithAMessage() throws Exception {
        for (String uri : List.of("/api/v1/initiatives?county=99", "/api/v1/initiatives?status=FOO",
                "/api/v1/events?kind=PARTY", "/api/v1/initiatives?size=101", "/api/v1/initiatives?page=0",
                "/api/v1/initiatives?year=abc", "/api/v1/settlements?kind=CASTLE",
                "/api/v1/exchange-visits?visitStatus=DONE")) {
            MvcTestResult result = get(uri, networkToken);
            assertThat(result).as(uri).hasStatus(400);
            assertThat(body(result).get("message").asString()).as(uri).isNotBlank();
        }
        assertThat(get("/api/v1/figures/1999", networkToken)).hasStatus(404);
    }

    @Test
    void filtersOfTheListsApply() throws Exception {
        JsonNode events = body(get("/api/v1/events?kind=WORKSHOP&status=HELD&year=" + data.year + "&q=" + data.tag(),
                networkToken));
        assertThat(events.get("page").get("totalItems").asLong()).isEqualTo(2);
        assertThat(events.get("items").get(0).get("participants").asLong()).isEqualTo(1);
        assertThat(events.get("items").get(0).get("startsAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(body(get("/api/v1/events?kind=TRAINING&q=" + data.tag(), networkToken)).get("page")
                .get("totalItems").asLong()).isZero();
        JsonNode held = body(get("/api/v1/exchange-visits?visitStatus=HELD&q=" + data.tag(), networkToken));
        assertThat(held.get("page").get("totalItems").asLong()).isPositive();
        assertThat(held.get("items").get(0).get("visitStatus").asString()).isEqualTo("HELD");
        assertThat(body(get("/api/v1/exchange-visits?visitStatus=PLANNED&q=" + data.tag(), networkToken)).get("page")
                .get("totalItems").asLong()).isZero();
        JsonNode lastPage = body(get("/api/v1/initiatives?q=" + data.tag() + "&size=3&page=2", networkToken));
        assertThat(lastPage.get("items").size()).isEqualTo(1);
        assertThat(lastPage.get("links").has("next")).isFalse();
        assertThat(lastPage.get("links").get("prev").asString()).contains("page=1").contains("q=" + data.tag());
    }
}
