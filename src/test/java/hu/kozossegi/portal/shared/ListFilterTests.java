package hu.kozossegi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every list accepts every filter it offers, alone and all together, with a 200; an invalid value gives a 400
 * page, never a 500 (the events list answered 500 to every filter but {@code q}). The page's message is checked
 * over HTTP in {@code ErrorPagesTests} (MockMvc does not render the container's error page).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListFilterTests {

    static final int YEAR = 2036;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    private long settlement;
    private String theme;
    private int region;

    @BeforeAll
    void data() {
        settlement = new TestData(jdbc).settlement("17").set("name", "Szűrő-falu").set("disadvantaged", true).insert();
        theme = jdbc.sql("SELECT code FROM initiative_theme_ref ORDER BY position LIMIT 1").query(String.class).single();
        region = jdbc.sql("SELECT region_id FROM county WHERE code = '17'").query(Integer.class).single();
    }

    /** Each list route with every filter it offers and a valid value for it. */
    private Map<String, Map<String, String>> lists() {
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        lists.put("/initiatives", params("county", "17", "region", "" + region, "settlement", "" + settlement,
                "year", "" + YEAR, "scope", "new", "status", "RUNNING", "theme", theme, "programme", "999999",
                "q", "falu", "sort", "title", "page", "0"));
        lists.put("/initiatives.csv", params("county", "17", "region", "" + region, "year", "" + YEAR,
                "scope", "active", "status", "CLOSED", "q", "falu", "sort", "start"));
        lists.put("/events", params("kind", "WORKSHOP", "county", "17", "region", "" + region, "year", "" + YEAR,
                "status", "HELD", "from", YEAR + "-01-01", "to", YEAR + "-12-31", "q", "műhely", "page", "0"));
        lists.put("/events/calendar", params("month", YEAR + "-03", "county", "17", "kind", "TRAINING"));
        lists.put("/visits", params("county", "17", "organiser", "17", "region", "" + region, "year", "" + YEAR,
                "q", "x", "page", "0"));
        lists.put("/settlements", params("county", "17", "type", "VILLAGE", "disadvantaged", "true", "q", "szuro",
                "sort", "population", "page", "0", "size", "10"));
        lists.put("/workers", params("county", "17", "settlement", "" + settlement, "kind", "VOLUNTEER",
                "active", "true", "q", "x", "page", "0", "size", "10"));
        lists.put("/good-practices", params("q", "x", "theme", theme, "county", "17", "region", "" + region,
                "type", "VILLAGE", "accreditedYear", "" + YEAR, "page", "0"));
        lists.put("/good-practices/review", params("status", "ACCREDITED", "page", "0"));
        lists.put("/admin/users", params("county", "17", "role", "COUNTY_COORDINATOR", "active", "true", "q", "x",
                "sort", "county", "page", "0"));
        lists.put("/admin/audit", params("type", "SIGN_IN", "actor", "x", "from", YEAR + "-01-01",
                "to", YEAR + "-12-31", "page", "0"));
        lists.put("/reports/" + YEAR + "/settlements", params("county", "17", "region", "" + region,
                "type", "HOUSING_ESTATE", "disadvantaged", "false", "page", "0"));
        lists.put("/reports/" + YEAR + "/workers", params("county", "17", "region", "" + region, "kind", "VOLUNTEER",
                "source", "events", "page", "0"));
        lists.put("/reports/" + YEAR + "/outcomes", params("county", "17", "region", "" + region, "type", "CLUB",
                "page", "0"));
        return lists;
    }

    /** Invalid values of the filters: each gives a 400 page with a message. */
    private static final Map<String, String> INVALID = params("county", "zz", "region", "99", "year", "abc",
            "kind", "NOPE", "status", "NOPE", "page", "-1", "scope", "zz", "type", "NOPE", "theme", "nope",
            "from", "2036-13-45", "month", "2036-99", "disadvantaged", "perhaps", "source", "nope", "role", "NOPE",
            "active", "maybe", "accreditedYear", "1800", "organiser", "zz", "sort", "nope", "settlement", "x",
            "programme", "x", "size", "0");

    @Test
    void everyFilterAloneAndAllTogetherAnswers200() {
        SoftAssertions soft = new SoftAssertions();
        lists().forEach((path, filters) -> {
            filters.forEach((name, value) -> soft.assertThat(status(path, Map.of(name, value)))
                    .as("%s?%s=%s", path, name, value).isEqualTo(200));
            soft.assertThat(status(path, filters)).as("%s with all filters %s", path, filters).isEqualTo(200);
            soft.assertThat(status(path, blanks(filters))).as("%s with blank filters", path).isEqualTo(200);
        });
        soft.assertAll();
    }

    @Test
    void anInvalidFilterValueGivesA400PageWithAMessage() {
        SoftAssertions soft = new SoftAssertions();
        lists().forEach((path, filters) -> filters.keySet().stream().filter(INVALID::containsKey).forEach(name -> {
            if (name.equals("q") || name.equals("actor")) {
                return;
            }
            MvcTestResult result = get(path, Map.of(name, INVALID.get(name)));
            soft.assertThat(result.getResponse().getStatus()).as("%s?%s=%s", path, name, INVALID.get(name))
                    .isEqualTo(400);
        }));
        soft.assertAll();
    }

    private int status(String path, Map<String, String> query) {
        return get(path, query).getResponse().getStatus();
    }

    private MvcTestResult get(String path, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query.forEach(uri::queryParam);
        return mvc.get().uri(uri.build().encode().toUri()).header("Accept-Language", "hu").with(TestUsers.national())
                .exchange();
    }

    private static Map<String, String> blanks(Map<String, String> filters) {
        return filters.keySet().stream().filter(k -> !List.of("page", "size", "month").contains(k))
                .collect(Collectors.toMap(k -> k, k -> "", (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
