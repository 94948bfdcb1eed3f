package hu.kozossegi.portal.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongFunction;

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
 * long event = data.event("02").set("initiative_id", initiative).insert();
 * data.attendance(event, data.worker("02").insert()).insert();
 * List<Long> villages = data.rows(120, g -> data.settlement("17").set("name", "Falu " + g)).insert();
 * data.rows(villages, v -> data.link("initiative_settlement").set("initiative_id", initiative)
 *         .set("settlement_id", v)).add();
 * }</pre>
 */
public class TestData {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code prefix} with a suffix no other test (or run) uses. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + SEQUENCE.incrementAndGet();
    }

    /** A village of 800 people named {@code name} in {@code county}; returns its id. */
    public long settlement(String county, String name) {
        return settlement(county).set("name", name).set("population", 800).insert();
    }

    /** A settlement with every column the registry's lists show; returns its id. */
    public long settlement(String name, String county, String type, Long parentId, Integer population) {
        return settlement(county).set("name", name).set("type", type).set("parent_id", parentId)
                .set("population", population).insert();
    }

    /** Budapest (county 01), inserted once. */
    public long budapest() {
        return jdbc.sql("SELECT id FROM settlement WHERE county_code = '01' AND name = 'Budapest'").query(Long.class)
                .optional().orElseGet(() -> settlement("Budapest", "01", "COUNTY_CITY", null, 1_700_000));
    }

    /** A volunteer named {@code name} of {@code county}; returns its id. */
    public long worker(String county, String name) {
        return worker(county).set("full_name", name).insert();
    }

    /** An initiative titled {@code title} of the primary settlement, with its status and dates; returns its id. */
    public long initiative(long settlementId, String title, String status, LocalDate start, LocalDate end) {
        return initiative(settlementId).set("title", title).set("status", status).set("start_date", start)
                .set("end_date", end).insert();
    }

    /** A club outcome named {@code name}, achieved on {@code achievedOn}; returns its id. */
    public long outcome(long initiativeId, String name, LocalDate achievedOn) {
        return outcome(initiativeId).set("name", name).set("achieved_on", achievedOn)
                .set("description", "Kéthetente találkoznak").insert();
    }

    /** A progress note of {@code text} on {@code notedOn} by Teszt Elek; returns its id. */
    public long note(long initiativeId, String text, LocalDate notedOn) {
        return note(initiativeId).set("text", text).set("noted_on", notedOn).set("author_name", "Teszt Elek")
                .insert();
    }

    /** The initiative's current version (for a form that must carry it). */
    public long version(long initiativeId) {
        return jdbc.sql("SELECT version FROM initiative WHERE id = ?").param(initiativeId).query(Long.class).single();
    }

    /** The JDBC client, for a subclass's module-specific rows. */
    protected JdbcClient jdbc() {
        return jdbc;
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

    /** A planned workshop of {@code county} (null: national) on 2030-05-01 from 10:00 to 14:00 Budapest time. */
    public Row event(String county) {
        return new Row("activity_event").set("kind", "WORKSHOP").set("title", unique("Teszt műhely"))
                .set("county_code", county).set("starts_at", budapest(LocalDateTime.of(2030, 5, 1, 10, 0)))
                .set("ends_at", budapest(LocalDateTime.of(2030, 5, 1, 14, 0)));
    }

    /** {@code start} to {@code start + hours} (Budapest time) for an event row. */
    public Row event(String county, LocalDateTime start, int hours) {
        return event(county).set("starts_at", budapest(start)).set("ends_at", budapest(start.plusHours(hours)));
    }

    /** A worker on an event's list, presence not yet recorded ({@code set("presence", "PRESENT")}). */
    public Row attendance(long eventId, long workerId) {
        return new Row("event_attendance").set("event_id", eventId).set("worker_id", workerId);
    }

    /** A planned exchange visit of {@code county} to {@code hostSettlementId} on 2030-05-02. */
    public Row visit(String county, long hostSettlementId) {
        return new Row("exchange_visit").set("visit_date", LocalDate.of(2030, 5, 2)).set("county_code", county)
                .set("host_settlement_id", hostSettlementId).set("purpose", unique("Teszt látogatás"));
    }

    /** An association of {@code county} seated in {@code seatSettlementId}, with a unique name. */
    public Row organisation(String county, long seatSettlementId) {
        return new Row("organisation").set("name", unique("Teszt Egyesület")).set("kind", "ASSOCIATION")
                .set("county_code", county).set("seat_settlement_id", seatSettlementId);
    }

    /** A programme of the Teszt Alap from 2024 with a unique name. */
    public Row programme() {
        return new Row("programme").set("name", unique("Teszt program")).set("funder", "Teszt Alap")
                .set("first_year", 2024);
    }

    /**
     * A draft good practice of {@code initiativeId} in {@code county} and {@code settlementId}, every text filled in
     * ({@code set("status", "ACCREDITED").set("accredited_on", ...).set("accreditation_number", ...)} for an
     * accredited one).
     */
    public Row practice(long initiativeId, String county, long settlementId) {
        return new Row("practice").set("initiative_id", initiativeId).set("county_code", county)
                .set("settlement_id", settlementId).set("title", unique("Teszt gyakorlat")).set("summary", "x")
                .set("problem", "x").set("method", "x").set("requirements", "x").set("results", "x")
                .set("transferability", "x").set("contact_name", "Kapcsolat").set("contact_email", "k@example.hu")
                .set("contact_consent", true).set("status", "DRAFT").set("proposed_by", "test");
    }

    /** An organisation enrolled in a programme on 2024-01-15, still taking part. */
    public Row enrolment(long programmeId, long organisationId) {
        return new Row("capacity_enrolment").set("programme_id", programmeId).set("organisation_id", organisationId)
                .set("enrolled_on", LocalDate.of(2024, 1, 15));
    }

    /** An enrolment's assessment of {@code stage} (ENTRY or EXIT) on 2024-02-01, without scores. */
    public Row assessment(long enrolmentId, String stage) {
        return new Row("capacity_assessment").set("enrolment_id", enrolmentId).set("stage", stage)
                .set("assessed_on", LocalDate.of(2024, 2, 1));
    }

    /** A development-plan milestone of an enrolment due on 2024-06-30, not yet done. */
    public Row milestone(long enrolmentId) {
        return new Row("capacity_milestone").set("enrolment_id", enrolmentId).set("title", unique("Mérföldkő"))
                .set("due_on", LocalDate.of(2024, 6, 30));
    }

    /** An active county coordinator of {@code county} with a unique user name, signing in with a plain password. */
    public Row account(String county) {
        return new Row("user_account").set("username", unique("teszt").replace(' ', '-'))
                .set("full_name", unique("Teszt Fiók")).set("password_hash", "{noop}teszt-jelszo-123")
                .set("role", "COUNTY_COORDINATOR").set("county_code", county);
    }

    /**
     * {@code initiativeId} exploring the practice since 2030-01-10 (its stage history, which the take-up page shows,
     * is {@code link("practice_takeup_stage")} rows); an organisation's take-up has a null initiative and
     * {@code set("organisation_id", ...)}.
     */
    public Row takeUp(long practiceId, Long initiativeId) {
        return new Row("practice_takeup").set("practice_id", practiceId).set("initiative_id", initiativeId)
                .set("stage", "EXPLORING").set("stage_since", LocalDate.of(2030, 1, 10));
    }

    /** An active open-data API token of {@code county} with a unique name and hash. */
    public Row apiToken(String county) {
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        return new Row("api_token").set("name", unique("Teszt kulcs")).set("token_hash", hash)
                .set("token_prefix", "kkp_teszt").set("scope", "COUNTY").set("county_code", county)
                .set("created_by", "teszt");
    }

    /** {@code year} closed for county staff (as at the year's end), whether or not it had a row before. */
    public void closedYear(int year) {
        jdbc.sql("""
                INSERT INTO report_year (year, closed, closed_at) VALUES (?, TRUE, now())
                ON CONFLICT (year) DO UPDATE SET closed = TRUE, closed_at = now()""").param(year).update();
    }

    /** {@code year}'s set of county targets, kept as it is when the year has one. */
    public void targetYear(int year) {
        jdbc.sql("INSERT INTO target_year (year, updated_by) VALUES (?, 'teszt') ON CONFLICT DO NOTHING").param(year)
                .update();
    }

    /**
     * {@code county}'s target of at least {@code min} of {@code indicator} in {@code year} (no maximum), replacing
     * the one it had; the year's target set is made when missing.
     */
    public void countyTarget(int year, String county, String indicator, int min) {
        targetYear(year);
        jdbc.sql("""
                INSERT INTO county_target (year, county_code, indicator, min_value) VALUES (?, ?, ?, ?)
                ON CONFLICT (year, county_code, indicator) DO UPDATE SET min_value = excluded.min_value,
                    max_value = NULL""").params(year, county, indicator, min).update();
    }

    /**
     * A programme's target of {@code indicator} ({@code county} for ORGANISATIONS_ENROLLED, else null); the
     * programme's target set is made when missing.
     */
    public void programmeTarget(long programmeId, String indicator, String county, int target) {
        jdbc.sql("INSERT INTO programme_target_set (programme_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(programmeId).update();
        link("programme_target").set("programme_id", programmeId).set("indicator", indicator)
                .set("county_code", county).set("target", target).add();
    }

    /** A checked settlement import of 10 rows, none bad, by teszt, from a file with a unique name, checked now. */
    public Row importRun(String county) {
        return new Row("settlement_import_run").set("upload_id", UUID.randomUUID()).set("owner", "teszt")
                .set("county_code", county).set("filename", unique("telepulesek").replace(' ', '-') + ".csv")
                .set("total_rows", 10).set("bad_rows", 0).set("status", "CHECKED");
    }

    /** An audit-log entry of {@code type} by {@code actor}, with no detail. */
    public Row audit(String type, String actor) {
        return new Row("audit_log").set("type", type).set("actor", actor);
    }

    /**
     * A row of a table without an id of its own (a link such as {@code initiative_worker}, an assessment's score),
     * every column set by the test and stored with {@link Row#add()}.
     */
    public Row link(String table) {
        return new Row(table);
    }

    /**
     * Many rows at once, for the tests that need a list longer than a page (the statement-count tests): row
     * {@code g} (1 to {@code count}) is built by {@code row}, with any of the factories above, and all of them go
     * into the database in one statement ({@link Rows#insert()}, {@link Rows#add()}). Every row sets the same
     * columns.
     */
    public Rows rows(int count, IntFunction<Row> row) {
        List<Row> rows = new ArrayList<>(count);
        for (int g = 1; g <= count; g++) {
            rows.add(row.apply(g));
        }
        return new Rows(rows);
    }

    /** One row per id of {@code ids} (ids that an earlier {@link Rows#insert()} returned, say), in one statement. */
    public Rows rows(List<Long> ids, LongFunction<Row> row) {
        return new Rows(ids.stream().map(row::apply).toList());
    }

    /** A Budapest local time as the instant a {@code timestamptz} column stores. */
    public static OffsetDateTime budapest(LocalDateTime time) {
        return time.atZone(BUDAPEST).toOffsetDateTime();
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

        /** Inserts a row of a table without an id column (see {@link TestData#link(String)}). */
        public void add() {
            String names = String.join(", ", columns.keySet());
            String marks = String.join(", ", columns.keySet().stream().map(c -> "?").toList());
            jdbc.sql("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")
                    .params(columns.values().stream().toList()).update();
        }

        /** Inserts the row and returns its id. */
        public long insert() {
            String names = String.join(", ", columns.keySet());
            String marks = String.join(", ", columns.keySet().stream().map(c -> "?").toList());
            return jdbc.sql("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") RETURNING id")
                    .params(columns.values().stream().toList()).query(Long.class).single();
        }
    }

    /** Rows of one table inserted with a single {@code INSERT} (see {@link TestData#rows(int, IntFunction)}). */
    public final class Rows {

        private final List<Row> rows;

        private Rows(List<Row> rows) {
            this.rows = rows;
        }

        /** Inserts the rows and returns their ids, in the order of the rows. */
        public List<Long> insert() {
            return rows.isEmpty() ? List.of() : statement(" RETURNING id").query(Long.class).list();
        }

        /** Inserts rows of a table without an id column. */
        public void add() {
            if (!rows.isEmpty()) {
                statement("").update();
            }
        }

        private JdbcClient.StatementSpec statement(String returning) {
            Row first = rows.get(0);
            List<String> names = List.copyOf(first.columns.keySet());
            String marks = "(" + String.join(", ", names.stream().map(c -> "?").toList()) + ")";
            List<Object> values = new ArrayList<>();
            for (Row row : rows) {
                if (!row.table.equals(first.table) || !row.columns.keySet().equals(first.columns.keySet())) {
                    throw new IllegalArgumentException("Rows of one insert set the same columns of one table: "
                            + first.table + " " + names + ", not " + row.table + " " + row.columns.keySet());
                }
                names.forEach(name -> values.add(row.columns.get(name)));
            }
            return jdbc.sql("INSERT INTO " + first.table + " (" + String.join(", ", names) + ") VALUES "
                    + String.join(", ", rows.stream().map(row -> marks).toList()) + returning).params(values);
        }
    }
}
