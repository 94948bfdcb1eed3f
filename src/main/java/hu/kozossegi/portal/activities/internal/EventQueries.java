package hu.kozossegi.portal.activities.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.db.TextSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read side of events: lists, month view, clashes, feeds. Each method is one or two SQL statements. */
@Service
public class EventQueries {

    private static final String SELECT = """
            SELECT e.id, e.kind, e.title, e.county_code, e.starts_at, e.ends_at, e.venue_settlement_id,
                   e.venue_address, e.status, e.cancel_reason, e.description,
                   (SELECT count(*) FROM event_attendance a WHERE a.event_id = e.id) AS registered,
                   (SELECT count(*) FROM event_attendance a WHERE a.event_id = e.id AND a.presence = 'PRESENT')
                       AS present
            FROM activity_event e
            """;

    private final JdbcClient jdbc;

    EventQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Upcoming events first (soonest first), then past ones (latest first); ties by id. */
    public SummedPage<EventRow> page(EventFilter filter, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        // The count and the sum of present attendances of every matching event, in one statement.
        long[] totals = jdbc.sql("""
                SELECT count(*) AS total, coalesce(sum((SELECT count(*) FROM event_attendance a
                    WHERE a.event_id = e.id AND a.presence = 'PRESENT')), 0) AS present
                FROM activity_event e""" + where).params(params)
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("present")}).single();
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        params.put("now", Timestamp.from(Instant.now()));
        // The leading space matters: the WHERE clause ends with a parameter name (:to ORDER BY).
        List<EventRow> rows = jdbc.sql(SELECT + where + " " + """
                 ORDER BY (e.ends_at >= :now) DESC,
                          CASE WHEN e.ends_at >= :now THEN e.starts_at END ASC,
                          CASE WHEN e.ends_at < :now THEN e.starts_at END DESC, e.id
                 LIMIT :limit OFFSET :offset""").params(params).query(RecordRows.of(EventRow.class)).list();
        return new SummedPage<>(new PageImpl<>(rows, pageable, totals[0]), totals[1]);
    }

    private static String where(EventFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.kind() != null) {
            conditions.add("e.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.countyCode() != null) {
            conditions.add("e.county_code = :county");
            params.put("county", f.countyCode());
        }
        if (f.region() != null) {
            conditions.add("e.county_code IN (SELECT code FROM county WHERE region_id = :region)");
            params.put("region", f.region());
        }
        if (f.year() != null) {
            conditions.add("e.starts_at >= :yearFrom AND e.starts_at < :yearTo");
            params.put("yearFrom", Timestamp.from(startOf(LocalDate.of(f.year(), 1, 1))));
            params.put("yearTo", Timestamp.from(startOf(LocalDate.of(f.year() + 1, 1, 1))));
        }
        if (f.status() != null) {
            conditions.add("e.status = :status");
            params.put("status", f.status().name());
        }
        if (f.from() != null) {
            conditions.add("e.ends_at >= :from");
            params.put("from", Timestamp.from(startOf(f.from())));
        }
        if (f.to() != null) {
            conditions.add("e.starts_at < :to");
            params.put("to", Timestamp.from(startOf(f.to().plusDays(1))));
        }
        if (TextSearch.given(f.q())) {
            conditions.add("(" + TextSearch.contains("search_key(e.title)", ":q")
                    + " OR " + TextSearch.contains("search_key(coalesce(e.topic, ''))", ":q") + ")");
            params.put("q", TextSearch.literal(f.q()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Events touching the month (Budapest time), by start. */
    public List<EventRow> month(YearMonth month, String countyCode, EventKind kind) {
        return jdbc.sql(SELECT + """
                 WHERE e.starts_at < :to AND e.ends_at > :from
                   AND (CAST(:county AS text) IS NULL OR e.county_code = :county)
                   AND (CAST(:kind AS text) IS NULL OR e.kind = :kind)
                 ORDER BY e.starts_at, e.id""")
                .param("from", Timestamp.from(startOf(month.atDay(1))))
                .param("to", Timestamp.from(startOf(month.plusMonths(1).atDay(1))))
                .param("county", countyCode).param("kind", kind == null ? null : kind.name())
                .query(RecordRows.of(EventRow.class)).list();
    }

    /** Feed content: events from a year back onwards, optionally of one county. */
    public List<EventRow> feed(String countyCode, Instant since, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE e.ends_at >= :since AND (CAST(:county AS text) IS NULL OR e.county_code = :county)
                 ORDER BY e.starts_at, e.id LIMIT :limit""")
                .param("since", Timestamp.from(since)).param("county", countyCode).param("limit", limit)
                .query(RecordRows.of(EventRow.class)).list();
    }

    /** Not-cancelled events overlapping the given time, of the same county or with the same facilitator. */
    public List<Clash> clashes(Long exceptId, String countyCode, Long facilitatorUserId, String facilitatorName,
            Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                SELECT e.id, e.title, e.starts_at, e.ends_at,
                       coalesce(e.county_code = :county, false) AS same_county,
                       (coalesce(e.facilitator_user_id = :facUser, false)
                        OR coalesce(search_key(e.facilitator_name) = search_key(:facName), false))
                           AS same_facilitator
                FROM activity_event e
                WHERE e.status <> 'CANCELLED' AND e.id <> :except
                  AND e.starts_at < :ends AND e.ends_at > :starts
                  AND (e.county_code = :county OR e.facilitator_user_id = :facUser
                       OR search_key(e.facilitator_name) = search_key(:facName))
                ORDER BY e.starts_at, e.id LIMIT 10""")
                .param("except", exceptId == null ? -1L : exceptId)
                .param("county", countyCode)
                .param("facUser", facilitatorUserId)
                .param("facName", facilitatorName)
                .param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt))
                .query(RecordRows.of(Clash.class)).list();
    }

    /** The county's next events (national events too). */
    public List<EventRow> upcoming(String countyCode, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE e.starts_at >= now() AND e.status = 'SCHEDULED'
                   AND (e.county_code = :county OR e.county_code IS NULL)
                 ORDER BY e.starts_at, e.id LIMIT :limit""")
                .param("county", countyCode).param("limit", limit).query(RecordRows.of(EventRow.class)).list();
    }

    /** The county's started, not-cancelled events with registered workers whose presence is not recorded. */
    public List<EventRow> attendanceMissing(String countyCode, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE e.starts_at < now() AND e.status <> 'CANCELLED'
                   AND (CAST(:county AS text) IS NULL OR e.county_code = :county)
                   AND (NOT EXISTS (SELECT 1 FROM event_attendance a WHERE a.event_id = e.id)
                        OR EXISTS (SELECT 1 FROM event_attendance a WHERE a.event_id = e.id AND a.presence IS NULL))
                 ORDER BY e.starts_at DESC, e.id LIMIT :limit""")
                .param("county", countyCode).param("limit", limit).query(RecordRows.of(EventRow.class)).list();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(EventRules.ZONE).toInstant();
    }
}
