package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Rights come before validation (docs/architecture.md, "Rights"): every POST route of {@link AccessRules} that
 * writes a record of a county refuses staff of another county with 403 whatever the form contains. Each route
 * gets the fields its own form page shows (opened by the national office) filled with values no validation
 * accepts, plus the submit buttons' names, and nothing is changed afterwards. (A route whose fixture gives only
 * some of its ids may answer 404 instead, as in the access matrix: nothing is served either way.)
 */
@PortalIntegrationTest
class RightsBeforeValidationTests {

    /** Values that fail validation: blank, a number that does not parse, far too long. */
    private static final List<String> INVALID = List.of("", "nem-szám", "x".repeat(30_000));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    static Stream<AccessRule> countyScopedPostRoutes() {
        return AccessRules.RULES.stream().filter(rule -> rule.method.equals("POST") && rule.fixture != null
                && rule.expected.apply(Actor.OTHER_COORDINATOR) == AccessRule.Outcome.REFUSED
                && rule.expected.apply(Actor.OWN_COORDINATOR) == AccessRule.Outcome.ALLOWED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countyScopedPostRoutes")
    void anotherCountysInvalidFormIsRefusedWith403(AccessRule rule) {
        Map<String, Object> given = rule.fixture.create(jdbc, Actor.OWN_COUNTY);
        boolean realIds = given.keySet().containsAll(RoutePatterns.variables(rule.pattern));
        String path = RoutePatterns.expand(rule.pattern, Fixtures.missing(rule.pattern, given));
        List<String> names = fieldNames(path);
        Actor.OTHER_COORDINATOR.user(jdbc);
        Actor.OTHER_DEVELOPER.user(jdbc);
        String before = snapshot();
        List<String> answers = new ArrayList<>();
        for (Actor actor : List.of(Actor.OTHER_COORDINATOR, Actor.OTHER_DEVELOPER)) {
            for (String value : INVALID) {
                MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                names.forEach(name -> form.add(name, value));
                MvcTestResult result = mvc.post().uri(path).accept(MediaType.TEXT_HTML).with(actor.user(jdbc))
                        .with(csrf()).params(form).exchange();
                int status = result.getUnresolvedException() != null ? 500 : result.getResponse().getStatus();
                if (status != 403 && (realIds || status != 404)) {
                    answers.add(actor + " with " + (value.length() > 10 ? "30000 x" : "'" + value + "'") + " -> "
                            + status);
                }
            }
        }
        assertThat(answers).as("%s with fields %s: every refused post answers 403", rule, names).isEmpty();
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    /** The names of the fields (and submit buttons) of the form posting to {@code path}, as the national office sees it. */
    private List<String> fieldNames(String path) {
        List<String> pages = new ArrayList<>(List.of(path, path + "/edit"));
        String parent = path;
        while (parent.lastIndexOf('/') > 0) {
            parent = parent.substring(0, parent.lastIndexOf('/'));
            pages.add(parent);
        }
        for (String page : pages) {
            MvcTestResult result = mvc.get().uri(page).accept(MediaType.TEXT_HTML)
                    .with(Actor.NATIONAL_OFFICE.user(jdbc)).exchange();
            if (result.getUnresolvedException() != null || result.getResponse().getStatus() != 200) {
                continue;
            }
            String html;
            try {
                html = result.getResponse().getContentAsString();
            }
            catch (java.io.UnsupportedEncodingException e) {
                continue;
            }
            for (Element form : Jsoup.parse(html).select("form[method=post]")) {
                if (form.attr("action").replaceAll("[?#].*", "").equals(path)) {
                    return form.select("input[name], select[name], textarea[name], button[name]").stream()
                            .map(e -> e.attr("name")).filter(n -> !n.equals("_csrf")).distinct().toList();
                }
            }
        }
        return List.of("id", "name", "title", "version", "status", "save");
    }

    /** Row counts of the tables a refused write could touch, and the versions of every versioned table. */
    private String snapshot() {
        List<String> versioned = jdbc.sql("""
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'version'
                    AND data_type IN ('integer', 'bigint', 'smallint') ORDER BY table_name""")
                .query(String.class).list();
        StringBuilder sql = new StringBuilder("SELECT ''");
        for (String table : versioned) {
            sql.append(" || '").append(table).append(":' || (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM ")
                    .append(table).append(")");
        }
        for (String table : List.of("initiative_outcome", "progress_note", "event_attendance", "exchange_visit_worker",
                "practice_attachment", "initiative_funding")) {
            sql.append(" || ' ").append(table).append(":' || (SELECT count(*) FROM ").append(table).append(")");
        }
        return jdbc.sql(sql.toString()).query(String.class).single();
    }
}
