package hu.kozossegi.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import hu.kozossegi.portal.security.AccessRule.Outcome;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application, collected from the request mappings (so a new route is covered the
 * day it lands), for each {@link Actor}, and checks the status against the table in {@link AccessRules}.
 * Writes are sent with a valid CSRF token and empty fields: an allowed user then gets a validation answer
 * or a redirect, a refused one 403, before any field is looked at.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixTests {

    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, AccessRule> rules = AccessRules.RULES.stream()
            .collect(Collectors.toMap(AccessRule::key, Function.identity()));

    /** "METHOD /pattern" of every handler method; a mapping without a method is walked as GET. */
    Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                    .collect(Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                (methods.isEmpty() ? Set.of("GET") : methods).forEach(method -> routes.add(method + " " + pattern));
            }
        }
        return routes;
    }

    Stream<Arguments> routesAndActors() {
        return routes().stream().flatMap(route -> Stream.of(Actor.values()).map(actor -> Arguments.of(route, actor)));
    }

    /** Write routes served by Spring Security's filters rather than a controller. */
    private static final Set<String> FILTER_WRITE_ROUTES = Set.of("POST /login", "POST /logout");

    Stream<String> writeRoutes() {
        return Stream.concat(FILTER_WRITE_ROUTES.stream(),
                routes().stream().filter(route -> WRITE_METHODS.contains(route.substring(0, route.indexOf(' ')))));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndActors")
    void everyRouteAnswersEveryActorAsTheTableSays(String route, Actor actor) {
        AccessRule rule = rules.get(route);
        assertThat(rule).as("%s is a route of the application but has no line in AccessRules: add one", route)
                .isNotNull();
        Outcome expected = rule.expected.apply(actor);
        if (expected == Outcome.NOT_WALKED) {
            assertThat(rule.note).as("a route outside the matrix says why").isNotBlank();
            return;
        }
        Map<String, Object> given = rule.fixture == null ? Map.of() : rule.fixture.create(jdbc, Actor.OWN_COUNTY);
        boolean realIds = given.keySet().containsAll(RoutePatterns.variables(rule.pattern));
        MvcTestResult result = send(rule, actor, true, given);
        assertThat(result.getUnresolvedException()).as("%s as %s failed", route, actor).isNull();
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        boolean toSignIn = status == 302 && location != null && location.endsWith("/login");
        switch (expected) {
            case UNAUTHORIZED -> assertThat(status).as("%s as %s", route, actor).isEqualTo(401);
            case SIGN_IN -> assertThat(toSignIn).as("%s as %s: expected the sign-in page, got %d %s", route, actor,
                    status, location).isTrue();
            case REFUSED -> assertThat(status == 403 || (!realIds && status == 404)
                    || (rule.knownGap != null && (status == 200 || status == 400)))
                    .as("%s as %s: expected 403, got %d %s", route, actor, status, location).isTrue();
            case ALLOWED -> assertThat(status != 401 && (status != 403 || formNamesCounty(rule, actor)) && status < 500
                    && !toSignIn
                    && (!realIds || status != 404))
                    .as("%s as %s: expected to be served, got %d %s", route, actor, status, location).isTrue();
            default -> throw new IllegalStateException(expected.name());
        }
    }

    @ParameterizedTest(name = "{0} without a CSRF token")
    @MethodSource("writeRoutes")
    void everyWriteRouteRefusesARequestWithoutACsrfToken(String route) {
        AccessRule rule = FILTER_WRITE_ROUTES.contains(route) ? AccessRule.open(route) : rules.get(route);
        assertThat(rule).as("%s has no line in AccessRules", route).isNotNull();
        Actor actor = "POST /login".equals(route) ? Actor.ANONYMOUS : Actor.NATIONAL_OFFICE;
        Map<String, Object> given = rule.fixture == null ? Map.of() : rule.fixture.create(jdbc, Actor.OWN_COUNTY);
        assertThat(send(rule, actor, false, given)).hasStatus(403);
    }

    @Test
    void everyLineOfTheTableIsARouteOfTheApplication() {
        Set<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(routes());
        assertThat(stale).as("lines in AccessRules without a route (renamed or removed?)").isEmpty();
    }

    private static boolean formNamesCounty(AccessRule rule, Actor actor) {
        return rule.countyFromForm != null && actor != Actor.NATIONAL_OFFICE;
    }

    private MvcTestResult send(AccessRule rule, Actor actor, boolean withCsrf, Map<String, Object> given) {
        String path = RoutePatterns.expand(rule.pattern, Fixtures.missing(rule.pattern, given));
        var request = mvc.method(HttpMethod.valueOf(rule.method)).uri(path).accept(MediaType.TEXT_HTML)
                .with(actor.user(jdbc));
        if (withCsrf) {
            request = request.with(csrf());
        }
        return request.exchange();
    }
}
