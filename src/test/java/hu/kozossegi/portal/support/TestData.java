package hu.kozossegi.portal.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one test-data builder: rows inserted with plain SQL (so a test needs no module's internals), each with
 * defaults that satisfy the schema and a unique name, any column overridable before {@link Row#insert()}:
 *
 * <pre>{@code
 * TestData data = new TestData(jdbc);
 * long village = data.settlement("02").insert();
 * long town = data.settlement("02").set("type", "TOWN").set("population", 12_000).insert();
 * long initiative = data.initiative(village).set("status", "CLOSED").insert();
 * }</pre>
 */
public final class TestData {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code prefix} with a suffix no other test (or run) uses. */
    public static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** A village of {@code county} with a unique name. */
    public Row settlement(String county) {
        return new Row("settlement").set("name", unique("Tesztfalva")).set("county_code", county)
                .set("type", "VILLAGE");
    }

    /** A volunteer community worker of {@code county} with a unique name. */
    public Row worker(String county) {
        return new Row("community_worker").set("full_name", unique("Teszt Munkás")).set("county_code", county)
                .set("kind", "VOLUNTEER");
    }

    /** A running initiative (started 2024-03-01) whose primary settlement is {@code settlementId}. */
    public Row initiative(long settlementId) {
        return new Row("initiative").set("title", unique("Teszt kezdeményezés"))
                .set("primary_settlement_id", settlementId).set("status", "RUNNING")
                .set("start_date", LocalDate.of(2024, 3, 1));
    }

    /** A running initiative of a new village of {@code county}. */
    public long initiativeIn(String county) {
        return initiative(settlement(county).insert()).insert();
    }

    /** A club outcome (achieved 2024-05-01) of {@code initiativeId}. */
    public Row outcome(long initiativeId) {
        return new Row("initiative_outcome").set("initiative_id", initiativeId).set("type", "CLUB")
                .set("name", unique("Teszt klub")).set("achieved_on", LocalDate.of(2024, 5, 1));
    }

    /** A progress note (2024-05-01) of {@code initiativeId}. */
    public Row note(long initiativeId) {
        return new Row("progress_note").set("initiative_id", initiativeId).set("noted_on", LocalDate.of(2024, 5, 1))
                .set("text", "Teszt feljegyzés").set("author", "teszt");
    }

    /** One row to insert: the defaults of its factory method, and the columns a test sets. */
    public final class Row {

        private final String table;
        private final Map<String, Object> columns = new LinkedHashMap<>();

        private Row(String table) {
            this.table = table;
        }

        /** Sets (or overrides) one column; {@code null} stores NULL. */
        public Row set(String column, Object value) {
            columns.put(column, value);
            return this;
        }

        /** Inserts the row and returns its id. */
        public long insert() {
            String names = String.join(", ", columns.keySet());
            String marks = String.join(", ", columns.keySet().stream().map(c -> "?").toList());
            return jdbc.sql("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") RETURNING id")
                    .params(columns.values().stream().toList()).query(Long.class).single();
        }
    }
}
