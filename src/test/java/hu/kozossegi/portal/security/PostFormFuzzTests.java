package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
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
 * A fuzzer for every POST form of the access matrix, signed in as the national office and as a county
 * coordinator of the fixtures' county: each field in turn gets an empty value, a 100,000-character value,
 * control characters, a wrong type and unknown ids, the other fields keeping the values the form page itself
 * offers (for a create form, the values of an existing record's edit form, so that the request gets past
 * validation to the service). No answer may be a 500. The totals are printed at the end.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostFormFuzzTests {

    static final List<String> PAYLOADS = List.of("", "x".repeat(100_000), "Teszt\r\nsor\u0001\u0007\u001b[2J\u007f\u0085",
            "nem-szám", "-1", "999999999");
    /** Field names tried on a form the fuzzer cannot find on any page (the route still answers). */
    static final List<String> GUESSED_FIELDS = List.of("id", "name", "status", "version", "countyCode", "year");

    /**
     * Known and reported, not yet fixed: an unparseable number on the NEW programme form (record form whose
     * constructor binding fails) still renders with a null form object. Counted and printed, not asserted.
     */
    static final List<String> KNOWN_GAPS = List.of();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private final AtomicInteger cases = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private final List<String> formless = new ArrayList<>();

    Stream<AccessRule> postRoutes() {
        return AccessRules.RULES.stream().filter(rule -> rule.method.equals("POST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postRoutes")
    void noFuzzedFieldOfAnyPostFormAnswers500(AccessRule rule) {
        List<String> found = new ArrayList<>();
        for (Actor actor : List.of(Actor.NATIONAL_OFFICE, Actor.OWN_COORDINATOR)) {
            if (rule.expected.apply(actor) != AccessRule.Outcome.ALLOWED) {
                continue;
            }
            Map<String, Object> given = rule.fixture == null ? Map.of() : rule.fixture.create(jdbc, Actor.OWN_COUNTY);
            String path = RoutePatterns.expand(rule.pattern, Fixtures.missing(rule.pattern, given));
            MultiValueMap<String, String> form = form(path, actor).orElse(null);
            if (form == null) {
                formless.add(rule + " as " + actor);
                form = new LinkedMultiValueMap<>();
                for (String field : GUESSED_FIELDS) {
                    form.add(field, "1");
                }
            }
            for (String field : List.copyOf(form.keySet())) {
                for (String payload : PAYLOADS) {
                    MultiValueMap<String, String> values = new LinkedMultiValueMap<>(form);
                    values.put(field, List.of(payload));
                    cases.incrementAndGet();
                    MvcTestResult result = mvc.post().uri(path).accept(MediaType.TEXT_HTML).with(actor.user(jdbc))
                            .with(csrf()).params(values).exchange();
                    int status = result.getUnresolvedException() != null ? 500 : result.getResponse().getStatus();
                    if (status >= 500) {
                        String shown = payload.length() > 30 ? payload.substring(0, 30) + "…(" + payload.length() + ")"
                                : payload;
                        found.add(rule + " as " + actor + ": " + field + "=" + shown.replaceAll("\\p{Cntrl}", "·")
                                + " -> " + status + (result.getUnresolvedException() == null ? ""
                                        : " " + result.getUnresolvedException()));
                    }
                }
            }
        }
        synchronized (failures) {
            failures.addAll(found);
        }
        assertThat(found.stream().filter(f -> KNOWN_GAPS.stream().noneMatch(f::startsWith)).toList())
                .as("POST form cases answering 500").isEmpty();
    }

    @AfterAll
    void printTotals() {
        System.out.printf("POST form fuzzer: %d cases tried, %d answered 500 (known gaps %s); 500s: %s;"
                + " routes without a form found: %s%n", cases.get(), failures.size(), KNOWN_GAPS, failures, formless);
    }

    /** The fields of the form posting to {@code path}, found on the page itself or a page above it. */
    private Optional<MultiValueMap<String, String>> form(String path, Actor actor) {
        for (String page : candidatePages(path)) {
            MvcTestResult result = mvc.get().uri(page).accept(MediaType.TEXT_HTML).with(actor.user(jdbc)).exchange();
            if (result.getUnresolvedException() != null || result.getResponse().getStatus() != 200) {
                continue;
            }
            Document document;
            try {
                document = Jsoup.parse(result.getResponse().getContentAsString());
            }
            catch (java.io.UnsupportedEncodingException ex) {
                continue;
            }
            for (Element form : document.select("form[method=post]")) {
                String action = form.attr("action").replaceAll("[?#].*", "");
                if (action.equals(path)) {
                    return Optional.of(fields(form, actor, path));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> candidatePages(String path) {
        List<String> pages = new ArrayList<>();
        pages.add(path);
        if (path.equals("/admin/users")) {
            pages.add(path + "/new");
        }
        pages.add(path + "/edit");
        String parent = path;
        while (parent.lastIndexOf('/') > 0) {
            parent = parent.substring(0, parent.lastIndexOf('/'));
            pages.add(parent);
        }
        pages.add("/good-practices/review");
        pages.add("/events/calendar");
        return pages;
    }

    private MultiValueMap<String, String> fields(Element form, Actor actor, String path) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        for (Element input : form.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf")) {
                continue;
            }
            switch (input.tagName()) {
                case "select" -> {
                    var selected = input.select("option[selected]");
                    if (selected.isEmpty()) {
                        input.select("option").stream().map(o -> o.attr("value")).filter(v -> !v.isBlank())
                                .findFirst().ifPresentOrElse(v -> values.add(name, v), () -> values.add(name, ""));
                    }
                    else {
                        selected.forEach(o -> values.add(name, o.attr("value")));
                    }
                }
                case "textarea" -> values.add(name, input.text());
                default -> {
                    String type = input.attr("type");
                    if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                        values.putIfAbsent(name, new ArrayList<>());
                    }
                    else if (!type.equals("file") && !type.equals("submit")) {
                        values.add(name, input.attr("value"));
                    }
                }
            }
        }
        if (path.endsWith("/new")) {
            seedFromAnEditForm(values, actor, path);
        }
        values.replaceAll((name, list) -> list.isEmpty() ? List.of("") : list);
        return values;
    }

    /** A create form starts empty; an existing record's edit form gives values that pass validation. */
    private void seedFromAnEditForm(MultiValueMap<String, String> values, Actor actor, String path) {
        String prefix = path.substring(0, path.length() - "/new".length());
        AccessRules.RULES.stream()
                .filter(r -> r.method.equals("GET") && r.fixture != null && r.pattern.startsWith(prefix + "/{")
                        && r.pattern.endsWith("/edit"))
                .findFirst().ifPresent(edit -> {
                    String editPath = RoutePatterns.expand(edit.pattern, edit.fixture.create(jdbc, Actor.OWN_COUNTY));
                    form(editPath, actor).ifPresent(filled -> filled.forEach((name, list) -> {
                        if (!name.equals("version") && values.containsKey(name) && !list.isEmpty()
                                && !list.get(0).isBlank()) {
                            values.put(name, list);
                        }
                    }));
                });
    }
}
