package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;

import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneInfo;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@PortalIntegrationTest
class CalendarAndFeedTests {

    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    ActivitiesFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ActivitiesFixtures(jdbc);
    }

    private RequestPostProcessor realUser(String county) {
        UserAccount account = TestUsers.persist(accounts, encoder, unique("feed").replace(' ', '-'),
                Role.COUNTY_DEVELOPER, county, "jelszo-123456789", false);
        return TestUsers.as(new PortalUser(account.getId(), account.getUsername(), account.getFullName(),
                account.getRole(), county, "Megye", false, true, true, null));
    }

    /** Makes a new token through the page's button; the token travels to the next page as a flash attribute. */
    private String token(RequestPostProcessor user) {
        MvcTestResult made = mvc.post().uri("/events/calendar/feed-link").with(csrf()).with(user).exchange();
        assertThat(made).hasStatus(HttpStatus.FOUND);
        Object token = made.getMvcResult().getFlashMap().get("newFeedToken");
        assertThat(token).isInstanceOf(String.class);
        return (String) token;
    }

    @Test
    void tokensAreStoredHashedAndShownOnlyWhenMade() throws Exception {
        RequestPostProcessor user = realUser("12");
        String token = token(user);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed_token WHERE token_hash = ?").param(token)
                .query(Long.class).single()).isZero();
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed_token WHERE token_hash = ? AND revoked_at IS NULL")
                .param(sha256).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.get().uri("/events/calendar").with(user)).hasStatusOk().bodyText()
                .doesNotContain(token).contains("Van érvényes személyes naptárhivatkozása");
        assertThat(mvc.get().uri("/events.ics?token=" + token)).hasStatusOk();
    }

    @Test
    void aPasswordChangeEndsTheFeedToken() throws Exception {
        RequestPostProcessor user = realUser("12");
        String token = token(user);
        assertThat(mvc.get().uri("/events.ics?token=" + token)).hasStatusOk();
        assertThat(mvc.post().uri("/account/password").with(csrf()).with(user)
                .param("currentPassword", "jelszo-123456789").param("newPassword", "uj-hosszu-jelszo-77")
                .param("confirmPassword", "uj-hosszu-jelszo-77")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/events.ics?token=" + token)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void feedEventLinksUseTheConfiguredPublicUrlWhateverTheHostHeader() {
        RequestPostProcessor evilHost = request -> {
            request.setServerName("tamado.example");
            request.addHeader("Host", "tamado.example");
            return request;
        };
        long id = fixtures.event("12", unique("Gazdaszövetség"), LocalDateTime.now().plusDays(3), 60, "SCHEDULED");
        assertThat(mvc.get().uri("/counties/12/events.ics").with(realUser("12")).with(evilHost)).hasStatusOk()
                .bodyText().contains("http://localhost:8080/events/" + id).doesNotContain("tamado.example");
    }

    @Test
    void monthViewShowsAnEventOnEachOfItsDaysWithFilters() throws Exception {
        String title = unique("Kétnapos képzés");
        fixtures.event("10", title, LocalDateTime.of(2033, 3, 30, 9, 0), 30, "SCHEDULED");
        String march = mvc.get().uri("/events/calendar?month=2033-03&county=10").with(TestUsers.developer("02"))
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(march.split(title, -1)).hasSize(3);
        assertThat(march).contains("2033. március").contains("month=2033-04").contains("month=2033-02");
        assertThat(mvc.get().uri("/events/calendar?month=2033-03&county=11").with(TestUsers.developer("02")))
                .hasStatusOk().bodyText().doesNotContain(title);
        assertThat(mvc.get().uri("/events/calendar?month=2033-03&kind=TRAINING&county=10")
                .with(TestUsers.developer("02"))).hasStatusOk().bodyText().doesNotContain(title);
        assertThat(mvc.get().uri("/events/calendar?month=2033-13").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/events/calendar?kind=X").with(TestUsers.developer("02")))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void feedNeedsASessionOrAValidToken() {
        assertThat(mvc.get().uri("/events.ics")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/events.ics?token=nincs-ilyen")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/counties/02/events.ics")).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/events.ics").with(TestUsers.coordinator("02"))).hasStatusOk();
        assertThat(mvc.get().uri("/counties/99/events.ics").with(TestUsers.coordinator("02")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void secretLinkWorksWithoutSessionUntilRevokedOrRenewed() throws Exception {
        RequestPostProcessor user = realUser("12");
        String first = token(user);
        assertThat(mvc.get().uri("/events.ics?token=" + first)).hasStatusOk();
        assertThat(mvc.get().uri("/counties/12/events.ics?token=" + first)).hasStatusOk();
        String second = token(user);
        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.get().uri("/events.ics?token=" + first)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/events.ics?token=" + second)).hasStatusOk();
        assertThat(mvc.post().uri("/events/calendar/feed-link/revoke").with(csrf()).with(user))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/events.ics?token=" + second)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/events/calendar").with(user)).hasStatusOk().bodyText()
                .doesNotContain("token=");
    }

    @Test
    void feedIsValidICalendarParsedBackFieldByField() throws Exception {
        String venue = unique("Bugac");
        long venueId = fixtures.settlement("03", venue);
        String title = unique("Naptáras műhely");
        long held = fixtures.event("03", title, LocalDateTime.of(2099, 7, 15, 10, 30), 3, "SCHEDULED");
        jdbc.sql("UPDATE activity_event SET venue_settlement_id = ?, venue_address = 'Fő utca 1.', description = ?"
                + " WHERE id = ?").param(venueId).param("Leírás, vesszővel; és pontosvesszővel").param(held).update();
        String cancelledTitle = unique("Elmaradt téli műhely");
        long cancelled = fixtures.event("03", cancelledTitle, LocalDateTime.of(2099, 1, 20, 9, 0), 2, "CANCELLED");
        var response = mvc.get().uri("/counties/03/events.ics").with(realUser("03")).exchange().getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        List<ICalendar> parsed = Biweekly.parse(body).all();
        assertThat(parsed).hasSize(1);
        ICalendar ical = parsed.get(0);
        VEvent summer = event(ical, "event-" + held + "@kozossegi-portal.hu");
        assertThat(summer.getSummary().getValue()).isEqualTo(title);
        assertThat(summer.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2099, 7, 15, 10, 30).atZone(BUDAPEST).toInstant());
        assertThat(summer.getDateEnd().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2099, 7, 15, 13, 30).atZone(BUDAPEST).toInstant());
        assertThat(summer.getLocation().getValue()).isEqualTo(venue + ", Fő utca 1.");
        assertThat(summer.getDescription().getValue()).isEqualTo("Leírás, vesszővel; és pontosvesszővel");
        assertThat(summer.getStatus().isConfirmed()).isTrue();
        assertThat(summer.getUrl().getValue()).endsWith("/events/" + held);
        VEvent winter = event(ical, "event-" + cancelled + "@kozossegi-portal.hu");
        assertThat(winter.getStatus().isCancelled()).isTrue();
        assertThat(winter.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2099, 1, 20, 9, 0).atZone(BUDAPEST).toInstant());
        TimezoneInfo zones = ical.getTimezoneInfo();
        assertThat(zones.getTimezone(summer.getDateStart()).getTimeZone().getID()).isEqualTo("Europe/Budapest");
        // The parser moves VTIMEZONE components into the time-zone info.
        VTimezone vtimezone = zones.getComponents().iterator().next();
        assertThat(vtimezone.getTimezoneId().getValue()).isEqualTo("Europe/Budapest");
        assertThat(vtimezone.getDaylightSavingsTime().get(0).getTimezoneOffsetTo().getValue().getMillis())
                .isEqualTo(2 * 3600_000L);
        assertThat(vtimezone.getStandardTimes().get(0).getTimezoneOffsetTo().getValue().getMillis())
                .isEqualTo(3600_000L);
        assertThat(body).contains("DTSTART;TZID=Europe/Budapest:20990715T103000")
                .contains("DTSTART;TZID=Europe/Budapest:20990120T090000");
        // The UID is stable: the same event has the same UID in every download.
        String again = mvc.get().uri("/events.ics").with(TestUsers.national()).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(event(Biweekly.parse(again).first(), "event-" + held + "@kozossegi-portal.hu")
                .getSummary().getValue()).isEqualTo(title);
    }

    private static VEvent event(ICalendar ical, String uid) {
        return ical.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }
}
