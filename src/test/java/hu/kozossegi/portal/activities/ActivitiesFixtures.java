package hu.kozossegi.portal.activities;

import java.time.LocalDate;
import java.time.LocalDateTime;

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
        return event(county, start, hours).set("title", title).set("status", status)
                .set("cancel_reason", "CANCELLED".equals(status) ? "ok" : null).insert();
    }

    String eventColumn(long id, String column) {
        return jdbc().sql("SELECT CAST(" + column + " AS text) FROM activity_event WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null);
    }
}
