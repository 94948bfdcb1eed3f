package hu.kozossegi.portal.activities;

import static hu.kozossegi.portal.activities.ActivitiesFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.activities.internal.EventFilter;
import hu.kozossegi.portal.activities.internal.EventQueries;
import hu.kozossegi.portal.activities.internal.EventRow;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The event list read as two ordered parts (upcoming by start, then past latest first; ties by id): every page
 * size and page boundary gives the one order, the totals follow writes at once, and the page runs a fixed
 * number of statements.
 */
@PortalIntegrationTest
class EventListOrderTests {

    static final int LIST_MAX = 12;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventQueries queries;

    @Test
    void pagesOfAnySizeGiveUpcomingSoonestFirstThenPastLatestFirstTiesById() {
        ActivitiesFixtures fx = new ActivitiesFixtures(jdbc);
        String token = unique("Sorrend").replace(' ', '-');
        LocalDateTime now = LocalDateTime.now().withNano(0);
        List<Long> upcoming = new ArrayList<>();
        List<Long> past = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // Two upcoming and two past events start at the same minute: the id decides.
            LocalDateTime start = now.plusDays(3 + i / 2 * 2).withSecond(0);
            upcoming.add(fx.event("02", token + " jövő " + i, start, 2, "SCHEDULED"));
        }
        for (int i = 0; i < 11; i++) {
            LocalDateTime start = now.minusDays(3 + i / 2 * 2).withSecond(0);
            past.add(fx.event("02", token + " múlt " + i, start, 2, "HELD"));
        }
        // Expected: upcoming by start ascending (ids ascending within a start), past by start descending (ids
        // ascending within a start).
        List<Long> expected = new ArrayList<>(upcoming);
        for (int i = 0; i < past.size(); i += 2) {
            expected.addAll(past.subList(i, Math.min(i + 2, past.size())));
        }
        EventFilter filter = new EventFilter(null, "02", null, null, null, null, null, token);
        for (int size : new int[] {1, 4, 7, 9, 10, 25}) {
            List<Long> read = new ArrayList<>();
            for (int page = 0; page * size < expected.size(); page++) {
                SummedPage<EventRow> found = queries.page(filter, PageRequest.of(page, size));
                assertThat(found.page().getTotalElements()).isEqualTo(expected.size());
                found.content().forEach(row -> read.add(row.id()));
            }
            assertThat(read).as("page size %d", size).containsExactlyElementsOf(expected);
        }
        assertThat(queries.page(filter, PageRequest.of(99, 10)).content()).isEmpty();
    }

    @Test
    void theTotalAndThePresentSumFollowAWriteAtOnce() {
        ActivitiesFixtures fx = new ActivitiesFixtures(jdbc);
        String token = unique("Jelenlét").replace(' ', '-');
        long event = fx.event("02", token + " múlt", LocalDateTime.now().minusDays(5), 2, "HELD");
        EventFilter filter = new EventFilter(null, null, null, null, null, null, null, token);
        SummedPage<EventRow> before = queries.page(filter, PageRequest.of(0, 25));
        assertThat(before.page().getTotalElements()).isEqualTo(1);
        assertThat(before.sum()).isZero();
        long worker = fx.worker("02", unique("Résztvevő"));
        fx.attendance(event, worker).set("presence", "PRESENT").insert();
        fx.event("02", token + " jövő", LocalDateTime.now().plusDays(5), 2, "SCHEDULED");
        SummedPage<EventRow> after = queries.page(filter, PageRequest.of(0, 25));
        assertThat(after.page().getTotalElements()).isEqualTo(2);
        assertThat(after.sum()).isEqualTo(1);
        assertThat(after.content().get(1).present()).isEqualTo(1);
    }

    @Test
    void listStatementsDoNotGrowWithRows() {
        ActivitiesFixtures fx = new ActivitiesFixtures(jdbc);
        String one = unique("Egyedül").replace(' ', '-');
        String many = unique("Sokan").replace(' ', '-');
        fx.event("02", one + " esemény", LocalDateTime.now().minusDays(1), 2, "HELD");
        for (int i = 0; i < 30; i++) {
            fx.event("02", many + " múlt " + i, LocalDateTime.now().minusDays(1 + i), 2, "HELD");
            fx.event("02", many + " jövő " + i, LocalDateTime.now().plusDays(1 + i), 2, "SCHEDULED");
        }
        // The first view of a filter after a write also counts the total (one statement more); then it is kept.
        assertThat(statements("/events?q=" + one)).isLessThanOrEqualTo(LIST_MAX);
        assertThat(statements("/events?q=" + many + "&page=1")).isLessThanOrEqualTo(LIST_MAX);
        int few = statements("/events?q=" + one);
        int lots = statements("/events?q=" + many + "&page=1");
        assertThat(lots).isEqualTo(few).isLessThanOrEqualTo(LIST_MAX);
    }

    private int statements(String uri) {
        SqlStatementCounter.reset();
        assertThat(mvc.get().uri(uri).with(TestUsers.national())).hasStatusOk();
        return (int) SqlStatementCounter.count();
    }
}
