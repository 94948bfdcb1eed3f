package hu.kozossegi.portal.shared.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import hu.kozossegi.portal.shared.db.TextSearch;

/**
 * The portal's append-only audit log (sign-ins, account changes, closing and reopening years, exports of
 * personal data). Any module records with {@link #record(AuditType, String)}: the signed-in user and the
 * client address of the current request are added. Nothing can change or delete an entry: the table has no
 * update route and a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
@Service
public class AuditLog {

    /** Report dates in the portal's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Budapest");
    private static final int MAX_DETAIL = 1000;

    private final JdbcClient jdbc;
    private static final long REBASE_NANOS = Duration.ofMinutes(10).toNanos();
    private final Cache<List<Object>, Counted> counted = Caffeine.newBuilder().maximumSize(64).build();

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code type} by the signed-in user (or "anonymous") from the current request's address. */
    public void record(AuditType type, String detail) {
        record(type, currentActor(), currentAddress(), detail);
    }

    /** Records with an explicit actor and address (sign-in events, before a user is signed in). */
    public void record(AuditType type, String actor, String address, String detail) {
        jdbc.sql("INSERT INTO audit_log (type, actor, address, detail) VALUES (?, ?, ?, ?)")
                .params(type.name(), truncate(actor, 100), truncate(address, 64),
                        truncate(detail == null ? "" : detail, MAX_DETAIL))
                .update();
    }

    /** Entries matching the filter, newest first; every argument may be null. */
    public Page<AuditEntry> search(AuditType type, String actor, LocalDate from, LocalDate to, Pageable page) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (type != null) {
            where.append(" AND type = ?");
            params.add(type.name());
        }
        if (TextSearch.given(actor)) {
            where.append(" AND ").append(TextSearch.contains("search_key(actor)", "?"));
            params.add(TextSearch.literal(actor));
        }
        if (from != null) {
            where.append(" AND occurred_at >= ?");
            params.add(java.sql.Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
        }
        if (to != null) {
            where.append(" AND occurred_at < ?");
            params.add(java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        long total = total(where.toString(), params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.getPageSize());
        pageParams.add(page.getOffset());
        List<AuditEntry> rows = jdbc.sql("SELECT id, occurred_at, type, actor, address, detail FROM audit_log" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        parseType(rs.getString("type")), rs.getString("actor"), rs.getString("address"),
                        rs.getString("detail")))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * The number of matching entries without counting the million-row log at every page: the log is append-only
     * (a trigger refuses UPDATE and DELETE), so a count kept for a filter up to an id stays right for those ids,
     * and only the entries added since are counted (an index range on the id). Kept counts are rebased every
     * ten minutes, which also takes in an entry whose transaction committed after a newer id was counted.
     */
    private long total(String where, List<Object> params) {
        List<Object> key = List.of(where, List.copyOf(params));
        Counted kept = counted.getIfPresent(key);
        if (kept != null && System.nanoTime() - kept.since() > REBASE_NANOS) {
            kept = null;
        }
        long after = kept == null ? 0 : kept.upToId();
        List<Object> deltaParams = new ArrayList<>(params);
        deltaParams.add(after);
        Counted delta = jdbc.sql("WITH m AS (SELECT coalesce(max(id), 0) AS top FROM audit_log) SELECT m.top, "
                        + "(SELECT count(*) FROM audit_log" + where + " AND id > ? AND id <= m.top) AS n FROM m")
                .params(deltaParams)
                .query((rs, n) -> new Counted(rs.getLong("top"), rs.getLong("n"), System.nanoTime())).single();
        Counted now = kept == null ? delta
                : new Counted(Math.max(after, delta.upToId()), kept.count() + delta.count(), kept.since());
        if (kept == null) {
            counted.put(key, now);
        } else {
            counted.asMap().replace(key, kept, now);
        }
        return now.count();
    }

    /** The number of entries matching a filter with an id up to {@code upToId}. */
    private record Counted(long upToId, long count, long since) {
    }

    private static AuditType parseType(String name) {
        try {
            return AuditType.valueOf(name);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return auth.getName();
    }

    /** The client address of the current request, or null outside a request. */
    public static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

}
