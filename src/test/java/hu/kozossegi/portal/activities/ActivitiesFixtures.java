package hu.kozossegi.portal.activities;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data built in the tests: settlements, workers and events with unique names. */
final class ActivitiesFixtures {

    private final JdbcClient jdbc;

    ActivitiesFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    long settlement(String county, String name) {
        return jdbc.sql("INSERT INTO settlement (name, county_code, type, population) VALUES (?, ?, 'VILLAGE', 800)"
                + " RETURNING id").param(name).param(county).query(Long.class).single();
    }

    long worker(String county, String name) {
        return jdbc.sql("INSERT INTO community_worker (full_name, county_code, kind) VALUES (?, ?, 'VOLUNTEER')"
                + " RETURNING id").param(name).param(county).query(Long.class).single();
    }

    long initiative(long primarySettlementId, String title) {
        return jdbc.sql("INSERT INTO initiative (title, primary_settlement_id, status, start_date)"
                + " VALUES (?, ?, 'RUNNING', DATE '2030-01-01') RETURNING id").param(title).param(primarySettlementId)
                .query(Long.class).single();
    }

    long event(String county, String title, LocalDateTime start, int hours, String status) {
        ZoneId zone = ZoneId.of("Europe/Budapest");
        return jdbc.sql("""
                INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, status, cancel_reason)
                VALUES ('WORKSHOP', ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(title).param(county)
                .param(java.sql.Timestamp.from(start.atZone(zone).toInstant()))
                .param(java.sql.Timestamp.from(start.plusHours(hours).atZone(zone).toInstant()))
                .param(status).param("CANCELLED".equals(status) ? "ok" : null)
                .query(Long.class).single();
    }

    String eventColumn(long id, String column) {
        return jdbc.sql("SELECT CAST(" + column + " AS text) FROM activity_event WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null);
    }
}
