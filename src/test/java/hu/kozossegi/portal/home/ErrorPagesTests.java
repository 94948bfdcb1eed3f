package hu.kozossegi.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.Browserless;
import hu.kozossegi.portal.support.FailingController;
import hu.kozossegi.portal.support.PortalServerTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Error pages and cookies as a browser gets them from the real server. */
@PortalServerTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    private Browserless signedIn() throws Exception {
        String username = "err-" + System.nanoTime();
        TestUsers.persist(accounts, encoder, username, Role.COUNTY_COORDINATOR, "02", "hibaoldal-jelszo-1", false);
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(username, "hibaoldal-jelszo-1").statusCode()).isEqualTo(302);
        return browser;
    }

    @Test
    void anonymousRequestsForUnknownPagesAreSentToSignIn() throws Exception {
        assertThat(get("/nincs-ilyen-oldal").statusCode()).isEqualTo(302);
    }

    @Test
    void notFoundIsAFriendlyHungarianPage() throws Exception {
        HttpResponse<String> response = signedIn().get("/nincs-ilyen-oldal");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Az oldal nem található").contains("lang=\"hu\"")
                .doesNotContain("Exception").doesNotContain("Whitelabel");
    }

    @Test
    void theErrorPathOpenedDirectlyIsNotFoundNotAServerError() throws Exception {
        // wapiti found GET /error?lang=... answering 500: the error controller has no error to show there.
        for (String path : new String[] {"/error", "/error?lang=hu%C2%BF%27%22%28", "/error?lang=en"}) {
            HttpResponse<String> anonymous = get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(404);
            assertThat(anonymous.body()).as(path).doesNotContain("Exception").doesNotContain("Whitelabel");
            assertThat(signedIn().get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void errorPagesSpeakEnglishWhenAsked() throws Exception {
        HttpResponse<String> response = signedIn().get("/nincs-ilyen-oldal?lang=en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("lang=\"en\"");
    }

    @Test
    void serverErrorShowsNoStackTraceOrExceptionText() throws Exception {
        HttpResponse<String> response = signedIn().get(FailingController.PATH);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Váratlan hiba történt")
                .doesNotContain("SECRET-INTERNAL-DETAIL").doesNotContain("IllegalStateException")
                .doesNotContain("at hu.kozossegi");
    }

    @Test
    void anInvalidListFilterIsA400PageWithAMessage() throws Exception {
        Browserless browser = signedIn();
        for (String path : new String[] {"/events?county=zz", "/initiatives?year=abc", "/events?kind=NOPE",
                "/visits?page=-1", "/reports/2030/workers?source=nope"}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("Hibás kérés", "A kérésben érvénytelen adat szerepelt")
                    .doesNotContain("Exception");
        }
        HttpResponse<String> anonymous = get("/good-practices?accreditedYear=abc");
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(anonymous.body()).contains("A kérésben érvénytelen adat szerepelt");
    }

    @Test
    void methodNotAllowedIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Accept", "text/html").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(403, 405);
    }

    @Test
    void languageChoiceIsRemembered() throws Exception {
        HttpResponse<String> switched = get("/?lang=en");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("KKP_LANG=en");
        HttpResponse<String> later = get("/", "Cookie", cookie.split(";")[0]);
        assertThat(later.body()).contains("The network of community initiatives").contains("lang=\"en\"");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLaxAndLivesInPostgres() throws Exception {
        HttpResponse<String> login = get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("KKP_SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single()).isPositive();
    }
}
