package hu.kozossegi.portal.activities.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.activities.internal.CalendarFeed;
import hu.kozossegi.portal.activities.internal.EventQueries;
import hu.kozossegi.portal.activities.internal.EventRow;
import hu.kozossegi.portal.activities.internal.FeedTokens;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.web.PublicUrl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * iCalendar feeds. The paths are open in the security configuration because calendar apps cannot sign in:
 * a signed-in session or a valid personal token is checked here; anything else gets 401.
 */
@Controller
class FeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final Duration HISTORY = Duration.ofDays(400);
    private static final int LIMIT = 5000;
    /** Kept feeds (the national one and a few counties'), each up to about 2 MB. */
    private static final int KEPT_FEEDS = 8;

    private final EventQueries queries;
    private final FeedTokens tokens;
    private final CountyAccess access;
    private final Counties counties;
    private final Settlements settlements;
    private final CalendarFeed feed;
    private final PublicUrl publicUrl;
    private final DataVersion dataVersion;
    private final Clock clock;

    FeedController(EventQueries queries, FeedTokens tokens, CountyAccess access, Counties counties,
            Settlements settlements, CalendarFeed feed, PublicUrl publicUrl, DataVersion dataVersion, Clock clock) {
        this.clock = clock;
        this.dataVersion = dataVersion;
        this.publicUrl = publicUrl;
        this.queries = queries;
        this.tokens = tokens;
        this.access = access;
        this.counties = counties;
        this.settlements = settlements;
        this.feed = feed;
    }

    @GetMapping("/events.ics")
    ResponseEntity<String> all(@RequestParam(required = false) String token) {
        checkAllowed(token);
        return render("Közösségi Kezdeményezések Portál", null);
    }

    @GetMapping("/counties/{code}/events.ics")
    ResponseEntity<String> county(@PathVariable String code, @RequestParam(required = false) String token) {
        checkAllowed(token);
        County county = counties.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return render("Közösségi Kezdeményezések Portál – " + county.name(), code);
    }

    private void checkAllowed(String token) {
        if (access.currentUser().isEmpty() && tokens.userOf(token).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
    }

    /**
     * The feed of up to {@link #LIMIT} events (about 2 MB, a second to write at stress scale) is kept while the data
     * version and the minute of its window's start are unchanged: a calendar app polling it, or many users, cost one
     * primary-key read each. The window starts at the minute (events that ended up to a minute earlier are still
     * in); DTSTAMP is when the feed was written, at most a minute before.
     */
    private ResponseEntity<String> render(String name, String countyCode) {
        Instant since = Instant.now(clock).minus(HISTORY).truncatedTo(ChronoUnit.MINUTES);
        String body = dataVersion.kept("event-feeds", KEPT_FEEDS, new FeedKey(countyCode, since),
                () -> write(name, countyCode, since));
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(body);
    }

    private record FeedKey(String countyCode, Instant since) {
    }

    private String write(String name, String countyCode, Instant since) {
        List<EventRow> rows = queries.feed(countyCode, since, LIMIT);
        Map<Long, SettlementSummary> venues = settlements.findAll(rows.stream().map(EventRow::venueSettlementId)
                .filter(Objects::nonNull).distinct().toList());
        return feed.write(name, rows, row -> location(row, venues), row -> publicUrl.of("/events/" + row.id()));
    }

    private static String location(EventRow row, Map<Long, SettlementSummary> venues) {
        SettlementSummary venue = row.venueSettlementId() == null ? null : venues.get(row.venueSettlementId());
        if (venue == null) {
            return row.venueAddress();
        }
        return row.venueAddress() == null ? venue.name() : venue.name() + ", " + row.venueAddress();
    }
}
