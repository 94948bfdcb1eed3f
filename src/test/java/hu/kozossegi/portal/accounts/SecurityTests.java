package hu.kozossegi.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PortalIntegrationTest
class SecurityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anonymousIsSentToSignIn() {
        assertThat(mvc.get().uri("/dashboard")).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void publicPagesAndHealthNeedNoSignIn() {
        assertThat(mvc.get().uri("/")).hasStatusOk();
        assertThat(mvc.get().uri("/login")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void otherActuatorEndpointsAreNotOpen() {
        assertThat(mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/actuator/env").with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/env").with(TestUsers.national())).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void correctPasswordSignsInAndStartsOnTheDashboard() {
        TestUsers.persist(accounts, encoder, "sec-ok", Role.COUNTY_COORDINATOR, "02", "jó-jelszó-123456", false);
        MvcTestResult result = mvc.post().uri("/login").with(csrf())
                .param("username", "sec-ok").param("password", "jó-jelszó-123456").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/dashboard");
    }

    @Test
    void wrongPasswordGivesAMessageAndNoSession() {
        TestUsers.persist(accounts, encoder, "sec-wrong", Role.COUNTY_COORDINATOR, "02", "jó-jelszó-123456", false);
        MvcTestResult result = mvc.post().uri("/login").with(csrf())
                .param("username", "sec-wrong").param("password", "rossz").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error=1");
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        Object context = session == null ? null : session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context).isNull();
        assertThat(mvc.get().uri("/login?error=1")).hasStatusOk().bodyText()
                .contains("A felhasználónév vagy a jelszó hibás");
    }

    @Test
    void unknownUserGetsTheSameMessageAsAWrongPassword() {
        MvcTestResult result = mvc.post().uri("/login").with(csrf())
                .param("username", "senki-ilyen").param("password", "rossz").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/login?error=1");
    }

    @Test
    void disabledOrMissingCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "x").param("password", "y"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/account/password").with(TestUsers.coordinator("02"))
                .param("currentPassword", "x")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/logout").with(TestUsers.coordinator("02"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void securityHeadersOnEveryResponse() {
        MvcTestResult result = mvc.get().uri("/").exchange();
        assertThat(result).headers()
                .hasValue("X-Content-Type-Options", "nosniff")
                .hasValue("X-Frame-Options", "DENY")
                .hasValue("Referrer-Policy", "strict-origin-when-cross-origin");
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    }

    @Test
    void eachRoleReachesTheDashboardNamingItsCounty() {
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.coordinator("02"))).hasStatusOk()
                .bodyText().contains("megyei koordinátor").contains("Megye 02");
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.developer("12"))).hasStatusOk()
                .bodyText().contains("megyei fejlesztő");
        assertThat(mvc.get().uri("/dashboard").with(TestUsers.national())).hasStatusOk()
                .bodyText().contains("országos iroda");
    }

    @Test
    void signOutEndsTheSession() {
        MvcTestResult result = mvc.post().uri("/logout").with(TestUsers.coordinator("02")).with(csrf()).exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/?signedOut");
    }
}
