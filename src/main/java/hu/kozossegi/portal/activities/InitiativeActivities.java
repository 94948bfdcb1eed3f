package hu.kozossegi.portal.activities;

import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The events and exchange visits linked to one initiative, latest first (for the initiative's page): one SQL
 * statement, at most {@link #LIMIT} rows.
 */
@Service
public class InitiativeActivities {

    static final int LIMIT = 20;

    /** A linked event (kind EVENT, with a title) or exchange visit (kind HOST or VISITOR, title = host settlement). */
    public record Link(String kind, long id, String title, LocalDate date) {

        public String href() {
            return ("EVENT".equals(kind) ? "/events/" : "/visits/") + id;
        }
    }

    /** The links and whether there were more than were returned. */
    public record Links(List<Link> rows, boolean more, int limit) {
    }

    private final JdbcClient jdbc;

    InitiativeActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Links of(long initiativeId) {
        List<Link> rows = jdbc.sql("""
                SELECT 'EVENT' AS kind, e.id, e.title, CAST(e.starts_at AT TIME ZONE 'Europe/Budapest' AS date) AS date
                FROM activity_event e WHERE e.initiative_id = :id
                UNION ALL
                SELECT 'HOST', v.id, s.name, v.visit_date
                FROM exchange_visit v JOIN settlement s ON s.id = v.host_settlement_id WHERE v.host_initiative_id = :id
                UNION ALL
                SELECT 'VISITOR', v.id, s.name, v.visit_date
                FROM exchange_visit_party p JOIN exchange_visit v ON v.id = p.visit_id
                JOIN settlement s ON s.id = v.host_settlement_id WHERE p.initiative_id = :id
                ORDER BY date DESC, kind, id DESC LIMIT :limit""")
                .param("id", initiativeId).param("limit", LIMIT + 1).query(RecordRows.of(Link.class)).list();
        return new Links(rows.stream().limit(LIMIT).toList(), rows.size() > LIMIT, LIMIT);
    }
}
