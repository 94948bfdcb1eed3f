package hu.kozossegi.portal.initiatives;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data built per test: settlements, workers, initiatives, outcomes and notes with unique names. */
final class InitiativeFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final JdbcClient jdbc;

    InitiativeFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000_000 + "-" + SEQ.incrementAndGet();
    }

    long settlement(String county, String name) {
        return jdbc.sql("INSERT INTO settlement (name, county_code, type, population) VALUES (?, ?, 'VILLAGE', 800)"
                + " RETURNING id").params(name, county).query(Long.class).single();
    }

    long worker(String county, String name) {
        return jdbc.sql("INSERT INTO community_worker (full_name, county_code, kind) VALUES (?, ?, 'VOLUNTEER')"
                + " RETURNING id").params(name, county).query(Long.class).single();
    }

    long initiative(long settlementId, String title, String status, LocalDate start, LocalDate end) {
        return jdbc.sql("INSERT INTO initiative (title, primary_settlement_id, status, start_date, end_date)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id").params(title, settlementId, status, start, end)
                .query(Long.class).single();
    }

    long outcome(long initiativeId, String name, LocalDate achievedOn) {
        return jdbc.sql("INSERT INTO initiative_outcome (initiative_id, type, name, achieved_on, description)"
                + " VALUES (?, 'CLUB', ?, ?, 'Kéthetente találkoznak') RETURNING id")
                .params(initiativeId, name, achievedOn).query(Long.class).single();
    }

    long note(long initiativeId, String text, LocalDate notedOn) {
        return jdbc.sql("INSERT INTO progress_note (initiative_id, noted_on, text, author, author_name)"
                + " VALUES (?, ?, ?, 'teszt', 'Teszt Elek') RETURNING id")
                .params(initiativeId, notedOn, text).query(Long.class).single();
    }

    long version(long initiativeId) {
        return jdbc.sql("SELECT version FROM initiative WHERE id = ?").param(initiativeId).query(Long.class).single();
    }
}
