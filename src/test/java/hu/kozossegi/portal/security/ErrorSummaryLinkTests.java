package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every form of the application re-rendered with errors (each POST route of {@link AccessRules}, sent empty by the
 * national office): each link of the error summary points at an element of the page, and the links follow the
 * order of the fields in the form, so that a click takes the user to the field the message names.
 */
@PortalIntegrationTest
class ErrorSummaryLinkTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyErrorSummaryLinkPointsAtAFieldOfThePageInTheOrderOfTheForm() {
        List<String> problems = new ArrayList<>();
        int summaries = 0;
        for (AccessRule rule : AccessRules.RULES) {
            if (!"POST".equals(rule.method) || rule.expected.apply(Actor.NATIONAL_OFFICE) != AccessRule.Outcome.ALLOWED) {
                continue;
            }
            Map<String, Object> given = rule.fixture == null ? Map.of() : rule.fixture.create(jdbc, Actor.OWN_COUNTY);
            String path = RoutePatterns.expand(rule.pattern, Fixtures.missing(rule.pattern, given));
            var response = mvc.method(HttpMethod.POST).uri(path).accept(MediaType.TEXT_HTML)
                    .with(Actor.NATIONAL_OFFICE.user(jdbc)).with(csrf()).exchange().getResponse();
            String html = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(html);
            for (Element summary : doc.select("[data-error-summary]")) {
                summaries++;
                problems.addAll(check(rule.key(), doc, summary));
            }
        }
        assertThat(summaries).as("forms re-rendered with an error summary").isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    private static List<String> check(String route, Document doc, Element summary) {
        List<String> problems = new ArrayList<>();
        int lastPosition = -1;
        String lastTarget = null;
        List<Element> all = doc.getAllElements();
        for (Element link : summary.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            Element target = doc.getElementById(id);
            if (target == null) {
                problems.add(route + ": '" + link.text() + "' points at #" + id + ", which is not in the page");
                continue;
            }
            int position = all.indexOf(target);
            if (!"main".equals(id) && position < lastPosition) {
                problems.add(route + ": '" + link.text() + "' (#" + id + ") comes after #" + lastTarget
                        + " in the summary but before it in the form");
            }
            if (!"main".equals(id)) {
                lastPosition = position;
                lastTarget = id;
            }
        }
        return problems;
    }
}
