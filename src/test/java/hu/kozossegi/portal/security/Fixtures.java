package hu.kozossegi.portal.security;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import hu.kozossegi.portal.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the path variables of {@link AccessRules}. Each fixture inserts (with plain SQL, so it needs no
 * module's internals) one row belonging to {@code county} and returns its path variables. Add one per module.
 */
final class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** Inserts a row belonging to {@code county}; returns path variable name to value. */
    @FunctionalInterface
    interface Fixture {
        Map<String, Object> create(JdbcClient jdbc, String county);
    }

    private Fixtures() {
    }

    static Map<String, Object> account(JdbcClient jdbc, String county) {
        String username = "matrix-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                INSERT INTO user_account (username, full_name, password_hash, role, county_code)
                VALUES (?, ?, '{noop}matrix-jelszo-123', 'COUNTY_COORDINATOR', ?) RETURNING id""")
                .params(username, "Mátrix " + username, county).query(Long.class).single();
        return Map.of("id", id);
    }

    static Map<String, Object> settlement(JdbcClient jdbc, String county) {
        return Map.of("id", new TestData(jdbc).settlement(county).insert());
    }

    static Map<String, Object> initiative(JdbcClient jdbc, String county) {
        return Map.of("id", new TestData(jdbc).initiativeIn(county));
    }

    /** An outcome (in an open year) of a new initiative of {@code county}. */
    static Map<String, Object> outcome(JdbcClient jdbc, String county) {
        TestData data = new TestData(jdbc);
        long initiative = data.initiativeIn(county);
        return Map.of("id", initiative, "outcomeId", data.outcome(initiative).insert());
    }

    /** A progress note (in an open year) of a new initiative of {@code county}. */
    static Map<String, Object> note(JdbcClient jdbc, String county) {
        TestData data = new TestData(jdbc);
        long initiative = data.initiativeIn(county);
        return Map.of("id", initiative, "noteId", data.note(initiative).insert());
    }

    static Map<String, Object> programme(JdbcClient jdbc, String county) {
        return Map.of("id", new TestData(jdbc).programme().set("first_year", 2004).insert());
    }

    /** An organisation of {@code county} enrolled in a new programme (2024–2025). */
    static Map<String, Object> enrolment(JdbcClient jdbc, String county) {
        long programme = new TestData(jdbc).programme().set("last_year", 2025).insert();
        long id = jdbc.sql("""
                INSERT INTO capacity_enrolment (programme_id, organisation_id, enrolled_on)
                VALUES (?, ?, DATE '2024-02-01') RETURNING id""")
                .params(programme, organisation(jdbc, county).get("id")).query(Long.class).single();
        return Map.of("id", id);
    }

    /** An enrolment of {@code county} and the stage of its entry assessment. */
    static Map<String, Object> assessment(JdbcClient jdbc, String county) {
        return Map.of("id", enrolment(jdbc, county).get("id"), "stage", "entry");
    }

    /** A milestone of an enrolment of {@code county}. */
    static Map<String, Object> milestone(JdbcClient jdbc, String county) {
        Object enrolment = enrolment(jdbc, county).get("id");
        long id = jdbc.sql("""
                INSERT INTO capacity_milestone (enrolment_id, title, due_on) VALUES (?, 'Mátrix mérföldkő', DATE '2024-06-01')
                RETURNING id""").param(enrolment).query(Long.class).single();
        return Map.of("id", enrolment, "milestoneId", id);
    }

    /** A take-up of an accredited practice by an initiative of {@code county}. */
    static Map<String, Object> takeUp(JdbcClient jdbc, String county) {
        TestData data = new TestData(jdbc);
        long host = data.initiativeIn("18".equals(county) ? "19" : "18");
        long practice = jdbc.sql("""
                INSERT INTO practice (initiative_id, county_code, settlement_id, title, summary, problem, method,
                    requirements, results, transferability, contact_name, contact_email, contact_consent, status,
                    accredited_on, accreditation_number, proposed_by)
                SELECT i.id, s.county_code, s.id, 'Mátrix gyakorlat', 'x', 'x', 'x', 'x', 'x', 'x', 'Kapcsolat',
                    'k@example.hu', TRUE, 'ACCREDITED', DATE '2024-05-04', ?, 'matrix'
                FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id WHERE i.id = ? RETURNING id""")
                .params("MATRIX-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet(), host).query(Long.class).single();
        long id = jdbc.sql("""
                INSERT INTO practice_takeup (practice_id, initiative_id, stage, stage_since)
                VALUES (?, ?, 'EXPLORING', DATE '2030-01-10') RETURNING id""")
                .params(practice, data.initiativeIn(county)).query(Long.class).single();
        jdbc.sql("INSERT INTO practice_takeup_stage (takeup_id, position, stage, since) VALUES (?, 0, 'EXPLORING', DATE '2030-01-10')")
                .param(id).update();
        return Map.of("id", id);
    }

    /** A programme and the list behind one of its report figures. */
    static Map<String, Object> programmeFigure(JdbcClient jdbc, String county) {
        return Map.of("id", programme(jdbc, county).get("id"), "figure", "enrolled");
    }

    static Map<String, Object> event(JdbcClient jdbc, String county) {
        return Map.of("id", new TestData(jdbc).event(county).insert());
    }

    static Map<String, Object> visit(JdbcClient jdbc, String county) {
        TestData data = new TestData(jdbc);
        return Map.of("id", data.visit(county, data.settlement(county).insert()).insert());
    }

    static Map<String, Object> worker(JdbcClient jdbc, String county) {
        return Map.of("id", new TestData(jdbc).worker(county).insert());
    }

    static Map<String, Object> organisation(JdbcClient jdbc, String county) {
        TestData data = new TestData(jdbc);
        return Map.of("id", data.organisation(county, data.settlement(county).insert())
                .set("contact_name", "Mátrix Kapcsolattartó").set("contact_email", "matrix-szervezet@example.hu")
                .insert());
    }

    /** A good practice of {@code county}; accredited, so that the public catalogue shows it too. */
    static Map<String, Object> practice(JdbcClient jdbc, String county) {
        Object initiative = initiative(jdbc, county).get("id");
        long number = SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                INSERT INTO practice (initiative_id, county_code, settlement_id, title, summary, problem, method,
                    requirements, results, transferability, contact_name, contact_email, contact_consent, status,
                    accredited_on, accreditation_number, proposed_by)
                SELECT i.id, ?, i.primary_settlement_id, ?, 'Mátrix', 'Mátrix', 'Mátrix', 'Mátrix', 'Mátrix',
                    'Mátrix', 'Mátrix Kapcsolat', 'matrix@example.hu', TRUE, 'ACCREDITED', DATE '2024-06-01', ?, 'matrix'
                FROM initiative i WHERE i.id = ? RETURNING id""")
                .params(county, "Mátrix gyakorlat " + number, "MX-" + System.nanoTime() + "-" + number, initiative)
                .query(Long.class).single();
        return Map.of("id", id);
    }

    /** A year with data (an initiative of {@code county} running in it) and a file format. */
    static Map<String, Object> openDataYear(JdbcClient jdbc, String county) {
        initiative(jdbc, county);
        return Map.of("year", 2024, "format", "csv");
    }

    /** An active API token of {@code county}. */
    static Map<String, Object> apiToken(JdbcClient jdbc, String county) {
        String hash = String.format("%064x", new java.math.BigInteger(1, java.util.UUID.randomUUID().toString().getBytes()))
                .substring(0, 64);
        long id = jdbc.sql("""
                INSERT INTO api_token (name, token_hash, token_prefix, scope, county_code, created_by)
                VALUES (?, ?, 'kkp_matrix', 'COUNTY', ?, 'matrix') RETURNING id""")
                .params("Mátrix kulcs " + SEQUENCE.incrementAndGet(), hash, county).query(Long.class).single();
        return Map.of("id", id);
    }

    /** Values for variables no fixture gave: ids that do not exist, year 1999, the own county's code. */
    static Map<String, Object> missing(String pattern, Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>(given);
        for (String name : RoutePatterns.variables(pattern)) {
            values.putIfAbsent(name, switch (name) {
                // A year no test writes data in: the matrix may close it (POST /admin/years/{year}/close).
                case "year" -> 1999;
                case "code", "county", "countyCode" -> Actor.OWN_COUNTY;
                default -> 987_654_321L;
            });
        }
        return values;
    }
}
