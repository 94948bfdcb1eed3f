package hu.kozossegi.portal.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The (year, county, worker) pairs with their present attendances (V99, activity_presence_year, which the annual
 * report counts attendances, participants and active workers from) follow every write of attendance and every
 * change of an event that decides whether and where its attendance counts: presence recorded or changed,
 * attendance moved or deleted, an event held or cancelled, moved to another year (in Hungarian time) or county,
 * deleted with its attendance. After each step the kept pairs of this test's workers equal the pairs counted
 * from the attendance rows, and so do each worker's sets of counties a year (V101, activity_presence_worker_year).
 */
@PortalIntegrationTest
class PresenceYearTests {

    @Autowired JdbcClient jdbc;

    private TestData data;
    private long[] workers;

    @BeforeEach
    void workers() {
        data = new TestData(jdbc);
        workers = new long[4];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = data.worker("17").insert();
        }
    }

    private long heldEvent(String county, LocalDateTime start) {
        return data.event(county, start, 2).set("status", "HELD").insert();
    }

    private void attend(long event, long worker, String presence) {
        data.attendance(event, worker).set("presence", presence).insert();
    }

    /** The kept pairs of this test's workers as "year county worker# presences", in order. */
    private List<String> kept() {
        return pairs("""
                SELECT year, county_code, worker_id, presences FROM activity_presence_year
                WHERE worker_id = ANY(:workers)""");
    }

    /** The same pairs counted from the attendance rows, as the report counted them before V99. */
    private List<String> counted() {
        return pairs("""
                SELECT EXTRACT(YEAR FROM e.starts_at AT TIME ZONE 'Europe/Budapest')::int, e.county_code, a.worker_id,
                       count(*)::int
                FROM activity_event e JOIN event_attendance a ON a.event_id = e.id AND a.presence = 'PRESENT'
                WHERE e.status = 'HELD' AND a.worker_id = ANY(:workers)
                GROUP BY 1, 2, 3""");
    }

    private List<String> pairs(String sql) {
        List<Long> ids = Arrays.stream(workers).boxed().toList();
        return jdbc.sql(sql).param("workers", ids.toArray(Long[]::new))
                .query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " w" + ids.indexOf(rs.getLong(3)) + " "
                        + rs.getInt(4))
                .list().stream().sorted().toList();
    }

    private void assertPairs(String... expected) {
        assertThat(kept()).containsExactly(expected);
        assertThat(counted()).containsExactly(expected);
        assertThat(keptSets()).as("each worker's set of counties a year (V101)").isEqualTo(countedSets());
    }

    /** The kept sets of counties of this test's workers (V101) as "year worker# counties", in order. */
    private List<String> keptSets() {
        return sets("SELECT year, worker_id, counties FROM activity_presence_worker_year WHERE worker_id = ANY(:workers)");
    }

    /** The same sets from the attendance rows: bit n for the county coded n, bit 0 for a national event. */
    private List<String> countedSets() {
        return sets("""
                SELECT EXTRACT(YEAR FROM e.starts_at AT TIME ZONE 'Europe/Budapest')::int, a.worker_id,
                       bit_or(1 << coalesce(e.county_code::int, 0))
                FROM activity_event e JOIN event_attendance a ON a.event_id = e.id AND a.presence = 'PRESENT'
                WHERE e.status = 'HELD' AND a.worker_id = ANY(:workers)
                GROUP BY 1, 2""");
    }

    private List<String> sets(String sql) {
        List<Long> ids = Arrays.stream(workers).boxed().toList();
        return jdbc.sql(sql).param("workers", ids.toArray(Long[]::new))
                .query((rs, n) -> rs.getInt(1) + " w" + ids.indexOf(rs.getLong(2)) + " " + rs.getInt(3))
                .list().stream().sorted().toList();
    }

    @Test
    void pairsFollowAttendanceWrites() {
        long somogy = heldEvent("14", LocalDateTime.of(2015, 3, 2, 10, 0));
        long somogyAgain = heldEvent("14", LocalDateTime.of(2015, 9, 2, 10, 0));
        long national = heldEvent(null, LocalDateTime.of(2015, 5, 2, 10, 0));
        long planned = data.event("14", LocalDateTime.of(2015, 6, 2, 10, 0), 2).insert();
        // Several rows in one statement each, presence mixed; a planned event's presence does not count.
        jdbc.sql("""
                INSERT INTO event_attendance (event_id, worker_id, presence)
                VALUES (:a, :w0, 'PRESENT'), (:a, :w1, 'PRESENT'), (:a, :w2, 'ABSENT'), (:b, :w0, 'PRESENT'),
                       (:n, :w0, 'PRESENT'), (:n, :w3, NULL), (:p, :w1, 'PRESENT')""")
                .param("a", somogy).param("b", somogyAgain).param("n", national).param("p", planned)
                .param("w0", workers[0]).param("w1", workers[1]).param("w2", workers[2]).param("w3", workers[3])
                .update();
        assertPairs("2015 14 w0 2", "2015 14 w1 1", "2015 null w0 1");
        // Presence recorded and changed in one statement.
        jdbc.sql("UPDATE event_attendance SET presence = CASE WHEN presence IS NULL THEN 'PRESENT' ELSE 'EXCUSED' END"
                + " WHERE (event_id = ? AND worker_id = ?) OR (event_id = ? AND worker_id = ?)")
                .param(national).param(workers[3]).param(somogy).param(workers[1]).update();
        assertPairs("2015 14 w0 2", "2015 null w0 1", "2015 null w3 1");
        // An attendance moved to another event; an update that changes nothing counted.
        jdbc.sql("UPDATE event_attendance SET event_id = ? WHERE event_id = ? AND worker_id = ?")
                .param(somogy).param(national).param(workers[3]).update();
        jdbc.sql("UPDATE event_attendance SET version = version + 1 WHERE worker_id = ANY(?)")
                .param(Arrays.stream(workers).boxed().toArray(Long[]::new)).update();
        assertPairs("2015 14 w0 2", "2015 14 w3 1", "2015 null w0 1");
        // Deletes: one present attendance, then every attendance of an event.
        jdbc.sql("DELETE FROM event_attendance WHERE event_id = ? AND worker_id = ?").param(somogyAgain)
                .param(workers[0]).update();
        jdbc.sql("DELETE FROM event_attendance WHERE event_id = ?").param(national).update();
        assertPairs("2015 14 w0 1", "2015 14 w3 1");
    }

    @Test
    void pairsFollowTheEventsStatusYearCountyAndDeletion() {
        long event = heldEvent("14", LocalDateTime.of(2015, 12, 31, 20, 0));
        long planned = data.event("02", LocalDateTime.of(2016, 2, 1, 10, 0), 2).insert();
        attend(event, workers[0], "PRESENT");
        attend(event, workers[1], "PRESENT");
        attend(planned, workers[0], "PRESENT");
        assertPairs("2015 14 w0 1", "2015 14 w1 1");
        // Held after the fact: its attendance counts from now on.
        jdbc.sql("UPDATE activity_event SET status = 'HELD' WHERE id = ?").param(planned).update();
        assertPairs("2015 14 w0 1", "2015 14 w1 1", "2016 02 w0 1");
        // Cancelled: its attendance no longer counts.
        jdbc.sql("UPDATE activity_event SET status = 'CANCELLED' WHERE id = ?").param(event).update();
        assertPairs("2016 02 w0 1");
        jdbc.sql("UPDATE activity_event SET status = 'HELD' WHERE id = ?").param(event).update();
        assertPairs("2015 14 w0 1", "2015 14 w1 1", "2016 02 w0 1");
        // Moved by an hour past midnight of New Year's Eve in Budapest (still 23:00 UTC): another report year.
        jdbc.sql("UPDATE activity_event SET starts_at = ?, ends_at = ? WHERE id = ?")
                .param(TestData.budapest(LocalDateTime.of(2016, 1, 1, 0, 30)))
                .param(TestData.budapest(LocalDateTime.of(2016, 1, 1, 2, 0))).param(event).update();
        assertPairs("2016 02 w0 1", "2016 14 w0 1", "2016 14 w1 1");
        // Moved to the other county, and both events in one statement to a national event.
        jdbc.sql("UPDATE activity_event SET county_code = '02' WHERE id = ?").param(event).update();
        assertPairs("2016 02 w0 2", "2016 02 w1 1");
        jdbc.sql("UPDATE activity_event SET county_code = NULL WHERE id IN (?, ?)").param(event).param(planned)
                .update();
        assertPairs("2016 null w0 2", "2016 null w1 1");
        // Deleted with its attendance (cascade): taken off once, not twice.
        jdbc.sql("DELETE FROM activity_event WHERE id = ?").param(event).update();
        assertPairs("2016 null w0 1");
        jdbc.sql("DELETE FROM activity_event WHERE id = ?").param(planned).update();
        assertPairs();
    }
}
