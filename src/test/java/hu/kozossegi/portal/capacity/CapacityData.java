package hu.kozossegi.portal.capacity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import hu.kozossegi.portal.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the capacity tests: the common rows through {@link TestData}, the capacity module's own (programme
 * targets, practice take-ups with their stage history) here (names unique per run, so tests never collide).
 */
final class CapacityData {

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mmX");
    private static final String[] DIMENSIONS = {"GOVERNANCE", "PLANNING", "FUNDRAISING", "COMMUNICATION",
            "PARTNERSHIPS", "COMMUNITY_INVOLVEMENT"};

    private final JdbcClient jdbc;
    private final TestData data;

    CapacityData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc);
    }

    static String unique(String name) {
        return TestData.unique(name);
    }

    long programme(int firstYear, Integer lastYear) {
        return data.programme().set("name", unique("Kapacitásfejlesztő program")).set("funder", "Norvég Civil Alap")
                .set("first_year", firstYear).set("last_year", lastYear).insert();
    }

    long settlement(String county) {
        return data.settlement(county).insert();
    }

    long organisation(String county, String name) {
        return data.organisation(county, settlement(county)).set("name", unique(name)).set("kind", "INFORMAL_GROUP")
                .set("founded_on", LocalDate.of(2019, 5, 1)).insert();
    }

    long enrol(long programme, long organisation, LocalDate on, LocalDate left) {
        return data.enrolment(programme, organisation).set("enrolled_on", on).set("left_on", left).insert();
    }

    /** An assessment with {@code scores} in the order of the dimensions (governance ... community involvement). */
    void assess(long enrolment, String stage, LocalDate on, int... scores) {
        long id = data.assessment(enrolment, stage).set("assessed_on", on).insert();
        for (int i = 0; i < DIMENSIONS.length; i++) {
            data.link("capacity_assessment_score").set("assessment_id", id).set("dimension", DIMENSIONS[i])
                    .set("score", scores[i]).add();
        }
    }

    long milestone(long enrolment, LocalDate due, LocalDate done) {
        return data.milestone(enrolment).set("due_on", due).set("done_on", done).insert();
    }

    long worker(String county) {
        return data.worker(county).insert();
    }

    /** An event; times are Budapest local times written with their offset ("2025-05-10 10:00+02"). */
    long event(String kind, String status, String county, String startsAt, String endsAt, Double hours,
            Long organisation) {
        return data.event(county).set("kind", kind).set("title", unique("Teszt esemény"))
                .set("starts_at", OffsetDateTime.parse(startsAt, OFFSET_TIME))
                .set("ends_at", OffsetDateTime.parse(endsAt, OFFSET_TIME)).set("training_hours", hours)
                .set("status", status).set("cancel_reason", "CANCELLED".equals(status) ? "elmaradt" : null)
                .set("organisation_id", organisation).insert();
    }

    void attend(long event, long worker, String presence, Long organisation) {
        data.attendance(event, worker).set("presence", presence).set("organisation_id", organisation).insert();
    }

    long initiative(String county, String status, LocalDate start, LocalDate end) {
        return initiativeOf(settlement(county), status, start, end);
    }

    private long initiativeOf(long settlement, String status, LocalDate start, LocalDate end) {
        return data.initiative(settlement).set("status", status).set("start_date", start).set("end_date", end)
                .insert();
    }

    void link(long organisation, long initiative, String relation) {
        data.link("organisation_initiative").set("organisation_id", organisation).set("initiative_id", initiative)
                .set("relation", relation).add();
    }

    void outcome(long initiative, LocalDate on) {
        data.outcome(initiative).set("name", unique("Klub")).set("achieved_on", on).insert();
    }

    void target(long programme, String indicator, String county, int target) {
        data.programmeTarget(programme, indicator, county, target);
    }

    void closedYear(int year) {
        data.closedYear(year);
    }

    /** A good practice of a new initiative of {@code county}, with {@code status} (accredited in 2020 when so). */
    long practice(String county, String title, String status) {
        long settlement = settlement(county);
        long initiative = initiativeOf(settlement, "RUNNING", LocalDate.of(2019, 3, 1), null);
        boolean accredited = "ACCREDITED".equals(status);
        return data.practice(initiative, county, settlement).set("title", unique(title)).set("status", status)
                .set("accredited_on", accredited ? LocalDate.of(2020, 5, 4) : null)
                .set("accreditation_number", accredited ? unique("TAKEUP") : null).insert();
    }

    long initiativeOfPractice(long practice) {
        return jdbc.sql("SELECT initiative_id FROM practice WHERE id = ?").param(practice).query(Long.class).single();
    }

    /** A held exchange visit hosted by {@code hostInitiative}, with {@code visitingInitiative} among the visitors. */
    long visit(String county, LocalDate on, long hostInitiative, long visitingInitiative) {
        long hostSettlement = jdbc.sql("SELECT primary_settlement_id FROM initiative WHERE id = ?")
                .param(hostInitiative).query(Long.class).single();
        long visit = data.visit(county, hostSettlement).set("visit_date", on).set("host_initiative_id", hostInitiative)
                .set("purpose", "Tapasztalatcsere").insert();
        data.link("exchange_visit_party").set("visit_id", visit).set("initiative_id", visitingInitiative).add();
        return visit;
    }

    /**
     * A take-up by an initiative ({@code organisation} null) or an organisation, with its stage history given as
     * stage, day pairs ({@code "EXPLORING", "2024-01-05", "RUNNING", "2024-06-01"}); the last is the current one.
     */
    long takeUp(long practice, Long initiative, Long organisation, String... history) {
        String stage = history[history.length - 2];
        LocalDate since = LocalDate.parse(history[history.length - 1]);
        long id = data.takeUp(practice, initiative).set("organisation_id", organisation).set("stage", stage)
                .set("stage_since", since).insert();
        for (int i = 0; i < history.length; i += 2) {
            stage(id, i / 2, history[i], LocalDate.parse(history[i + 1]));
        }
        return id;
    }

    /** A take-up's stage at {@code position} of its history. */
    void stage(long takeUp, int position, String stage, LocalDate since) {
        data.link("practice_takeup_stage").set("takeup_id", takeUp).set("position", position).set("stage", stage)
                .set("since", since).add();
    }
}
