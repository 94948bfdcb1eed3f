package hu.kozossegi.portal.security;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import hu.kozossegi.portal.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the path variables of {@link AccessRules}. Each fixture inserts (through {@link TestData}, so it needs
 * no module's internals) one row belonging to {@code county} and returns its path variables. Add one per module.
 */
final class Fixtures {

    /** Inserts a row belonging to {@code county}; returns path variable name to value. */
    @FunctionalInterface
    interface Fixture {
        Map<String, Object> create(JdbcClient jdbc, String county);
    }

    private Fixtures() {
    }

    static Map<String, Object> account(JdbcClient jdbc, String county) {
        return Map.of("id", new TestData(jdbc).account(county).insert());
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
        TestData data = new TestData(jdbc);
        long programme = data.programme().set("last_year", 2025).insert();
        return Map.of("id", data.enrolment(programme, (Long) organisation(jdbc, county).get("id")).insert());
    }

    /** An enrolment of {@code county} and the stage of its entry assessment. */
    static Map<String, Object> assessment(JdbcClient jdbc, String county) {
        return Map.of("id", enrolment(jdbc, county).get("id"), "stage", "entry");
    }

    /** A milestone of an enrolment of {@code county}. */
    static Map<String, Object> milestone(JdbcClient jdbc, String county) {
        long enrolment = (Long) enrolment(jdbc, county).get("id");
        return Map.of("id", enrolment, "milestoneId", new TestData(jdbc).milestone(enrolment).insert());
    }

    /** A take-up of an accredited practice by an initiative of {@code county}. */
    static Map<String, Object> takeUp(JdbcClient jdbc, String county) {
        TestData data = new TestData(jdbc);
        String hostCounty = "18".equals(county) ? "19" : "18";
        long hostSettlement = data.settlement(hostCounty).insert();
        long practice = accredited(data.practice(data.initiative(hostSettlement).insert(), hostCounty, hostSettlement))
                .insert();
        long id = data.takeUp(practice, data.initiativeIn(county)).insert();
        data.link("practice_takeup_stage").set("takeup_id", id).set("position", 0).set("stage", "EXPLORING")
                .set("since", LocalDate.of(2030, 1, 10)).add();
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
        TestData data = new TestData(jdbc);
        long settlement = data.settlement(county).insert();
        long initiative = data.initiative(settlement).insert();
        return Map.of("id", accredited(data.practice(initiative, county, settlement)).insert());
    }

    /** An accredited practice (2024-06-01) with a unique accreditation number. */
    private static TestData.Row accredited(TestData.Row practice) {
        return practice.set("status", "ACCREDITED").set("accredited_on", LocalDate.of(2024, 6, 1))
                .set("accreditation_number", TestData.unique("MX"));
    }

    /** A year with data (an initiative of {@code county} running in it) and a file format. */
    static Map<String, Object> openDataYear(JdbcClient jdbc, String county) {
        initiative(jdbc, county);
        return Map.of("year", 2024, "format", "csv");
    }

    /** An active API token of {@code county}. */
    static Map<String, Object> apiToken(JdbcClient jdbc, String county) {
        return Map.of("id", new TestData(jdbc).apiToken(county).insert());
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
