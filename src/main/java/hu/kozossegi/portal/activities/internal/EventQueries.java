package hu.kozossegi.portal.activities.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.db.SummedPage;
import hu.kozossegi.portal.shared.db.Where;
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
                   e.registered_count AS registered, e.present_count AS present
            FROM activity_event e
            """;

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;

    EventQueries(JdbcClient jdbc, DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
    }

    /**
     * Upcoming events first (soonest first), then past ones (latest first); ties by id. Each of the two parts is
     * an ordered index scan (upcoming: found by their end, activity_event_ends_idx; past: activity_event_past_order_idx)
     * that stops after the page, instead of sorting every matching event. The total and the sum of present
     * attendances over all matching events change only with the data: kept per filter while the data version is
     * unchanged; the number of upcoming ones (which moves with the clock) is counted per request.
     */
    public SummedPage<EventRow> page(EventFilter filter, Pageable pageable) {
        Where all = where(filter);
        long[] totals = dataVersion.kept("event-list-totals", filter, () -> jdbc.sql("""
                SELECT count(*) AS total, coalesce(sum(e.present_count), 0) AS present
                FROM activity_event e""" + all.sql()).params(all.params())
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("present")}).single());
        Timestamp now = Timestamp.from(Instant.now());
        Where upcomingOnes = where(filter).and("e.ends_at >= :now").param("now", now);
        Where pastOnes = where(filter).and("e.ends_at < :now").param("now", now);
        long upcoming = jdbc.sql("SELECT count(*) FROM activity_event e" + upcomingOnes.sql())
                .params(upcomingOnes.params()).query(Long.class).single();
        Map<String, Object> params = new HashMap<>(upcomingOnes.params());
        long offset = pageable.getOffset();
        int limit = pageable.getPageSize();
        List<String> parts = new ArrayList<>();
        String with = "";
        if (offset < upcoming) {
            // The upcoming ones are collected by their end first (a materialised CTE): ordered by start, the planner
            // would otherwise walk the start index through every past event to find them.
            with = "up AS MATERIALIZED (SELECT e.id, e.starts_at FROM activity_event e" + upcomingOnes.sql() + "), ";
            parts.add("(SELECT id, 0 AS part FROM up ORDER BY starts_at, id LIMIT :upLimit OFFSET :upOffset)");
            params.put("upLimit", limit);
            params.put("upOffset", offset);
        }
        long pastLimit = offset < upcoming ? limit - (upcoming - offset) : limit;
        if (pastLimit > 0) {
            parts.add("(SELECT e.id, 1 AS part FROM activity_event e" + pastOnes.sql()
                    + " ORDER BY e.starts_at DESC, e.id LIMIT :pastLimit OFFSET :pastOffset)");
            params.put("pastLimit", pastLimit);
            params.put("pastOffset", Math.max(0, offset - upcoming));
        }
        List<EventRow> rows = parts.isEmpty() ? List.of()
                : jdbc.sql("WITH " + with + "page AS (" + String.join(" UNION ALL ", parts) + ") " + SELECT + """
                 JOIN page p ON p.id = e.id
                 ORDER BY p.part, CASE WHEN p.part = 0 THEN e.starts_at END ASC,
                          CASE WHEN p.part = 1 THEN e.starts_at END DESC, e.id""")
                .params(params).query(RecordRows.of(EventRow.class)).list();
        return new SummedPage<>(new PageImpl<>(rows, pageable, totals[0]), totals[1]);
    }

    /** The list filter's conditions, only those in use ({@link Where}). */
    private static Where where(EventFilter f) {
        Where where = new Where()
                .and("e.kind = :kind", "kind", f.kind() == null ? null : f.kind().name())
                .and("e.county_code = :county", "county", f.countyCode())
                .and("e.county_code IN (SELECT code FROM county WHERE region_id = :region)", "region", f.region());
        if (f.year() != null) {
            where.and("e.starts_at >= :yearFrom AND e.starts_at < :yearTo")
                    .param("yearFrom", Timestamp.from(startOf(LocalDate.of(f.year(), 1, 1))))
                    .param("yearTo", Timestamp.from(startOf(LocalDate.of(f.year() + 1, 1, 1))));
        }
        where.and("e.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("e.ends_at >= :from", "from", f.from() == null ? null : Timestamp.from(startOf(f.from())))
                .and("e.starts_at < :to", "to", f.to() == null ? null : Timestamp.from(startOf(f.to().plusDays(1))));
        // The stored key of title and topic (V81, trigram index); neither part can match across the other.
        return where.searchKey("e.search_text", f.q());
    }

    /** Events touching the month (Budapest time), by start. */
    public List<EventRow> month(YearMonth month, String countyCode, EventKind kind) {
        Where where = new Where().and("e.starts_at < :to AND e.ends_at > :from")
                .param("from", Timestamp.from(startOf(month.atDay(1))))
                .param("to", Timestamp.from(startOf(month.plusMonths(1).atDay(1))))
                .and("e.county_code = :county", "county", countyCode)
                .and("e.kind = :kind", "kind", kind == null ? null : kind.name());
        return jdbc.sql(SELECT + where.sql() + " ORDER BY e.starts_at, e.id").params(where.params())
                .query(RecordRows.of(EventRow.class)).list();
    }

    /** Feed content: events from a year back onwards, optionally of one county. */
    public List<EventRow> feed(String countyCode, Instant since, int limit) {
        Where where = new Where().and("e.ends_at >= :since", "since", Timestamp.from(since))
                .and("e.county_code = :county", "county", countyCode)
                .param("limit", limit);
        return jdbc.sql(SELECT + where.sql() + " ORDER BY e.starts_at, e.id LIMIT :limit").params(where.params())
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

    /**
     * The county's started, not-cancelled events without registered workers or with one whose presence is not
     * recorded: an ordered scan of activity_event_attendance_missing_idx (the counts kept per event, V90).
     */
    public List<EventRow> attendanceMissing(String countyCode, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE e.starts_at < now() AND e.status <> 'CANCELLED'
                """ + (countyCode == null ? "" : " AND e.county_code = :county") + """
                   AND (e.registered_count = 0 OR e.unrecorded_count > 0)
                 ORDER BY e.starts_at DESC, e.id LIMIT :limit""")
                .params(countyCode == null ? Map.of("limit", limit) : Map.of("county", countyCode, "limit", limit))
                .query(RecordRows.of(EventRow.class)).list();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(EventRules.ZONE).toInstant();
    }
}
