package hu.kozossegi.portal.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attendance counts kept on each event (V90: registered, present, unrecorded) follow every insert, update and
 * delete of event_attendance, whatever the number of rows and events a statement touches.
 */
@PortalIntegrationTest
class EventAttendanceCountsTests {

    @Autowired JdbcClient jdbc;

    private long event(String title) {
        return jdbc.sql("""
                INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, status)
                VALUES ('WORKSHOP', :t, '17', now() - interval '3 days', now() - interval '3 days' + interval '2 hours',
                        'HELD') RETURNING id""").param("t", title).query(Long.class).single();
    }

    /** The kept counts and the counts read from the attendance rows, side by side. */
    private List<Integer> counts(long event) {
        return jdbc.sql("""
                SELECT e.registered_count, e.present_count, e.unrecorded_count,
                       (SELECT count(*) FROM event_attendance a WHERE a.event_id = e.id)::int,
                       (SELECT count(*) FROM event_attendance a WHERE a.event_id = e.id AND a.presence = 'PRESENT')::int,
                       (SELECT count(*) FROM event_attendance a WHERE a.event_id = e.id AND a.presence IS NULL)::int
                FROM activity_event e WHERE e.id = ?""").param(event)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6))).single();
    }

    private void assertKept(long event, int registered, int present, int unrecorded) {
        assertThat(counts(event)).containsExactly(registered, present, unrecorded, registered, present, unrecorded);
    }

    @Test
    void countsFollowInsertsUpdatesAndDeletes() {
        TestData data = new TestData(jdbc);
        long first = event(TestData.unique("Számolt"));
        long second = event(TestData.unique("Számolt"));
        long[] workers = new long[6];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = data.worker("17").insert();
        }
        assertKept(first, 0, 0, 0);
        // One statement, two events, mixed presence.
        jdbc.sql("""
                INSERT INTO event_attendance (event_id, worker_id, presence)
                VALUES (:a, :w0, 'PRESENT'), (:a, :w1, NULL), (:a, :w2, 'ABSENT'), (:a, :w3, NULL),
                       (:b, :w0, 'PRESENT'), (:b, :w1, 'PRESENT')""")
                .param("a", first).param("b", second).param("w0", workers[0]).param("w1", workers[1])
                .param("w2", workers[2]).param("w3", workers[3]).update();
        assertKept(first, 4, 1, 2);
        assertKept(second, 2, 2, 0);
        // Presence recorded for every unrecorded row, and one present changed to absent.
        jdbc.sql("UPDATE event_attendance SET presence = 'PRESENT' WHERE event_id = ? AND presence IS NULL")
                .param(first).update();
        jdbc.sql("UPDATE event_attendance SET presence = 'ABSENT' WHERE event_id = ? AND worker_id = ?")
                .param(second).param(workers[1]).update();
        assertKept(first, 4, 3, 0);
        assertKept(second, 2, 1, 0);
        // An attendance moved to the other event.
        jdbc.sql("UPDATE event_attendance SET event_id = ? WHERE event_id = ? AND worker_id = ?")
                .param(second).param(first).param(workers[3]).update();
        assertKept(first, 3, 2, 0);
        assertKept(second, 3, 2, 0);
        // An update that changes nothing counted.
        jdbc.sql("UPDATE event_attendance SET version = version + 1 WHERE event_id IN (?, ?)").param(first)
                .param(second).update();
        assertKept(first, 3, 2, 0);
        // Deletes, one of them of every row of an event.
        jdbc.sql("DELETE FROM event_attendance WHERE event_id = ? AND presence = 'ABSENT'").param(first).update();
        jdbc.sql("DELETE FROM event_attendance WHERE event_id = ?").param(second).update();
        assertKept(first, 2, 2, 0);
        assertKept(second, 0, 0, 0);
        jdbc.sql("INSERT INTO event_attendance (event_id, worker_id) VALUES (?, ?)").param(second)
                .param(workers[5]).update();
        assertKept(second, 1, 0, 1);
    }
}
