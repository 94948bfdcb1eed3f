package hu.kozossegi.portal.activities;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import hu.kozossegi.portal.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared test data ({@link TestData}) and the rows only activities' tests need: events. */
final class ActivitiesFixtures extends TestData {

    ActivitiesFixtures(JdbcClient jdbc) {
        super(jdbc);
    }

    /** A running initiative (from 2030) titled {@code title}; returns its id. */
    long initiative(long primarySettlementId, String title) {
        return initiative(primarySettlementId).set("title", title).set("start_date", LocalDate.of(2030, 1, 1))
                .insert();
    }

    long event(String county, String title, LocalDateTime start, int hours, String status) {
        ZoneId zone = ZoneId.of("Europe/Budapest");
        return jdbc().sql("""
                INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, status, cancel_reason)
                VALUES ('WORKSHOP', ?, ?, ?, ?, ?, ?) RETURNING id""")
                .param(title).param(county)
                .param(java.sql.Timestamp.from(start.atZone(zone).toInstant()))
                .param(java.sql.Timestamp.from(start.plusHours(hours).atZone(zone).toInstant()))
                .param(status).param("CANCELLED".equals(status) ? "ok" : null)
                .query(Long.class).single();
    }

    String eventColumn(long id, String column) {
        return jdbc().sql("SELECT CAST(" + column + " AS text) FROM activity_event WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null);
    }
}
