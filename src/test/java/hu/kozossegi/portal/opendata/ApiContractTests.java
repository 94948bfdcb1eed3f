package hu.kozossegi.portal.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import hu.kozossegi.portal.opendata.internal.ApiScope;
import hu.kozossegi.portal.opendata.internal.ApiTokens;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every API and open-data response, with test data whose workers and contacts have known e-mails, phones and
 * names: none of them, and no e-mail address or phone number at all, appears in any response. And every API
 * response validates against the OpenAPI description the application serves (JSON Schema 2020-12, with
 * undeclared properties refused).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractTests {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d.])(\\+36|06)[ /-]?\\d{1,2}[ /-]?\\d{3}[ /-]?\\d{3,4}(?!\\d)");

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApiTokens tokens;
    @Autowired JsonMapper json;

    OpenDataFixture data;
    Map<String, String> tokensByScope = new LinkedHashMap<>();

    @BeforeAll
    void data() {
        data = new OpenDataFixture(jdbc, "16", "18", Year.now(ZoneId.of("Europe/Budapest")).getValue());
        data.secrets.add("Titkos Egyesület");
        tokensByScope.put("network", data.token(tokens, ApiScope.NETWORK));
        tokensByScope.put("county", data.token(tokens, ApiScope.county("16")));
        tokensByScope.put("programme", data.token(tokens, ApiScope.programme(data.programme)));
    }

    /** Path template of the OpenAPI description → a request of it. */
    Map<String, List<String>> apiRequests() {
        String tag = data.tag();
        Map<String, List<String>> requests = new LinkedHashMap<>();
        requests.put("/api/v1/initiatives", List.of("/api/v1/initiatives?q=" + tag, "/api/v1/initiatives?size=100",
                "/api/v1/initiatives?county=16&year=" + data.year + "&status=RUNNING&size=1&page=2"));
        requests.put("/api/v1/settlements", List.of("/api/v1/settlements?q=" + tag, "/api/v1/settlements?kind=VILLAGE&county=16"));
        requests.put("/api/v1/events", List.of("/api/v1/events?q=" + tag, "/api/v1/events?kind=WORKSHOP&status=HELD&year=" + data.year));
        requests.put("/api/v1/exchange-visits", List.of("/api/v1/exchange-visits?q=" + tag, "/api/v1/exchange-visits?year=" + data.year));
        requests.put("/api/v1/good-practices", List.of("/api/v1/good-practices?q=" + tag, "/api/v1/good-practices?year=" + data.year));
        requests.put("/api/v1/programmes", List.of("/api/v1/programmes?q=" + tag, "/api/v1/programmes?year=" + data.year));
        requests.put("/api/v1/organisations", List.of("/api/v1/organisations?q=" + tag,
                "/api/v1/organisations?kind=INFORMAL_GROUP&active=true&county=16"));
        requests.put("/api/v1/organisations/{id}", List.of("/api/v1/organisations/" + data.organisations.get(0)));
        requests.put("/api/v1/figures", List.of("/api/v1/figures"));
        requests.put("/api/v1/figures/{year}", List.of("/api/v1/figures/" + data.year));
        return requests;
    }

    List<String> openDataRequests() {
        int year = data.year;
        return List.of("/open-data", "/open-data?lang=en", "/open-data/figures/" + year + ".csv",
                "/open-data/figures/" + year + ".json", "/open-data/settlements-reached/" + year + ".csv",
                "/open-data/settlements-reached/" + year + ".json", "/open-data/good-practices.csv",
                "/open-data/good-practices.json", "/api/v1/openapi.json");
    }

    String text(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void noResponseHoldsAnEmailAPhoneNumberOrAContactName() throws Exception {
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        for (String uri : openDataRequests()) {
            MvcTestResult result = mvc.get().uri(uri).exchange();
            assertThat(result).as(uri).hasStatusOk();
            problems.addAll(scan(uri, text(result)));
            scanned++;
        }
        for (Map.Entry<String, String> token : tokensByScope.entrySet()) {
            for (List<String> uris : apiRequests().values()) {
                for (String uri : uris) {
                    MvcTestResult result = mvc.get().uri(uri).header("Authorization", "Bearer " + token.getValue()).exchange();
                    assertThat(result).as(uri).hasStatusOk();
                    problems.addAll(scan(token.getKey() + " " + uri, text(result)));
                    scanned++;
                }
            }
        }
        assertThat(scanned).isGreaterThan(40);
        assertThat(problems).isEmpty();
        // The scan finds what it looks for: the data it guards is in the database, and the pattern catches it.
        assertThat(scan("self-check", String.join(" ", data.secrets))).hasSizeGreaterThanOrEqualTo(data.secrets.size());
        assertThat(text(mvc.get().uri("/api/v1/initiatives?q=" + data.tag())
                .header("Authorization", "Bearer " + tokensByScope.get("network")).exchange())).contains(data.tag());
    }

    private List<String> scan(String where, String body) {
        List<String> found = new ArrayList<>();
        for (String secret : data.secrets) {
            if (body.contains(secret)) {
                found.add(where + ": " + secret);
            }
        }
        for (Pattern pattern : List.of(EMAIL, PHONE)) {
            Matcher m = pattern.matcher(body);
            while (m.find()) {
                found.add(where + ": " + m.group());
            }
        }
        return found;
    }

    @Test
    void everyApiResponseMatchesTheOpenApiDescription() throws Exception {
        JsonNode description = json.readTree(text(mvc.get().uri("/api/v1/openapi.json").exchange()));
        assertThat(description.get("openapi").asString()).startsWith("3.");
        ObjectNode root = (ObjectNode) description.deepCopy();
        // No undeclared property: a field added to a response without its description (or leaking) fails.
        for (JsonNode schema : root.get("components").get("schemas")) {
            if (schema.has("properties")) {
                ((ObjectNode) schema).put("additionalProperties", false);
            }
        }
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> path : apiRequests().entrySet()) {
            JsonNode operation = description.get("paths").get(path.getKey());
            assertThat(operation).as("%s is described", path.getKey()).isNotNull();
            JsonNode content = operation.get("get").get("responses").get("200").get("content");
            String mediaType = content.propertyNames().iterator().next();
            String pointer = "#/paths/" + escape(path.getKey()) + "/get/responses/200/content/" + escape(mediaType) + "/schema";
            ObjectNode withRef = root.deepCopy();
            withRef.put("$ref", pointer);
            Schema schema = registry.getSchema(withRef);
            for (String uri : path.getValue()) {
                for (String token : tokensByScope.values()) {
                    MvcTestResult result = mvc.get().uri(uri).header("Authorization", "Bearer " + token).exchange();
                    assertThat(result).as(uri).hasStatusOk();
                    JsonNode body = json.readTree(text(result));
                    for (Error error : schema.validate(body)) {
                        problems.add(uri + ": " + error.getInstanceLocation() + " " + error.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDescriptionNamesTheBearerSchemeAndEveryListsFilters() throws Exception {
        JsonNode description = json.readTree(text(mvc.get().uri("/api/v1/openapi.json").exchange()));
        assertThat(description.get("components").get("securitySchemes").get("apiToken").get("scheme").asString())
                .isEqualTo("bearer");
        List<String> parameters = new ArrayList<>();
        description.get("paths").get("/api/v1/events").get("get").get("parameters")
                .forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).contains("county", "year", "status", "kind", "q", "page", "size");
        assertThat(description.get("paths").properties().stream().map(Map.Entry::getKey).toList())
                .allMatch(p -> p.startsWith("/api/v1/"));
    }

    private static String escape(String pathPart) {
        return pathPart.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
