package hu.kozossegi.portal.capacity;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows for the capacity tests, inserted with plain SQL (names unique per run, so tests never collide). */
final class CapacityData {

    private static final AtomicLong SEQ = new AtomicLong();

    private final JdbcClient jdbc;

    CapacityData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String unique(String name) {
        return name + " " + System.nanoTime() + "-" + SEQ.incrementAndGet();
    }

    long programme(int firstYear, Integer lastYear) {
        return jdbc.sql("INSERT INTO programme (name, funder, first_year, last_year) VALUES (?, 'Norvég Civil Alap', ?, ?) RETURNING id")
                .params(unique("Kapacitásfejlesztő program"), firstYear, lastYear).query(Long.class).single();
    }

    long settlement(String county) {
        return jdbc.sql("INSERT INTO settlement (name, county_code, type) VALUES (?, ?, 'VILLAGE') RETURNING id")
                .params(unique("Tesztfalva"), county).query(Long.class).single();
    }

    long organisation(String county, String name) {
        return jdbc.sql("""
                INSERT INTO organisation (name, kind, county_code, seat_settlement_id, founded_on)
                VALUES (?, 'INFORMAL_GROUP', ?, ?, DATE '2019-05-01') RETURNING id""")
                .params(unique(name), county, settlement(county)).query(Long.class).single();
    }

    long enrol(long programme, long organisation, LocalDate on, LocalDate left) {
        return jdbc.sql("""
                INSERT INTO capacity_enrolment (programme_id, organisation_id, enrolled_on, left_on) VALUES (?, ?, ?, ?)
                RETURNING id""").params(programme, organisation, on, left).query(Long.class).single();
    }

    /** An assessment with {@code scores} in the order of the dimensions (governance ... community involvement). */
    void assess(long enrolment, String stage, LocalDate on, int... scores) {
        long id = jdbc.sql("INSERT INTO capacity_assessment (enrolment_id, stage, assessed_on) VALUES (?, ?, ?) RETURNING id")
                .params(enrolment, stage, on).query(Long.class).single();
        String[] dimensions = {"GOVERNANCE", "PLANNING", "FUNDRAISING", "COMMUNICATION", "PARTNERSHIPS",
                "COMMUNITY_INVOLVEMENT"};
        for (int i = 0; i < dimensions.length; i++) {
            jdbc.sql("INSERT INTO capacity_assessment_score (assessment_id, dimension, score) VALUES (?, ?, ?)")
                    .params(id, dimensions[i], scores[i]).update();
        }
    }

    long milestone(long enrolment, LocalDate due, LocalDate done) {
        return jdbc.sql("INSERT INTO capacity_milestone (enrolment_id, title, due_on, done_on) VALUES (?, ?, ?, ?)"
                + " RETURNING id").params(enrolment, unique("Mérföldkő"), due, done).query(Long.class).single();
    }

    long worker(String county) {
        return jdbc.sql("INSERT INTO community_worker (full_name, county_code, kind) VALUES (?, ?, 'VOLUNTEER') RETURNING id")
                .params(unique("Teszt Munkás"), county).query(Long.class).single();
    }

    /** An event; times are Budapest local times written with their offset. */
    long event(String kind, String status, String county, String startsAt, String endsAt, Double hours,
            Long organisation) {
        return jdbc.sql("""
                INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, training_hours, status,
                    cancel_reason, organisation_id)
                VALUES (?, ?, ?, CAST(? AS TIMESTAMPTZ), CAST(? AS TIMESTAMPTZ), ?, ?, ?, ?) RETURNING id""")
                .params(kind, unique("Teszt esemény"), county, startsAt, endsAt, hours, status,
                        "CANCELLED".equals(status) ? "elmaradt" : null, organisation)
                .query(Long.class).single();
    }

    void attend(long event, long worker, String presence, Long organisation) {
        jdbc.sql("INSERT INTO event_attendance (event_id, worker_id, presence, organisation_id) VALUES (?, ?, ?, ?)")
                .params(event, worker, presence, organisation).update();
    }

    long initiative(String county, String status, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                INSERT INTO initiative (title, primary_settlement_id, status, start_date, end_date) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(unique("Teszt kezdeményezés"), settlement(county), status, start, end)
                .query(Long.class).single();
    }

    void link(long organisation, long initiative, String relation) {
        jdbc.sql("INSERT INTO organisation_initiative (organisation_id, initiative_id, relation) VALUES (?, ?, ?)")
                .params(organisation, initiative, relation).update();
    }

    void outcome(long initiative, LocalDate on) {
        jdbc.sql("INSERT INTO initiative_outcome (initiative_id, type, name, achieved_on) VALUES (?, 'CLUB', ?, ?)")
                .params(initiative, unique("Klub"), on).update();
    }

    void target(long programme, String indicator, String county, int target) {
        jdbc.sql("INSERT INTO programme_target_set (programme_id) VALUES (?) ON CONFLICT DO NOTHING").param(programme)
                .update();
        jdbc.sql("INSERT INTO programme_target (programme_id, indicator, county_code, target) VALUES (?, ?, ?, ?)")
                .params(programme, indicator, county, target).update();
    }

    /** A good practice of a new initiative of {@code county}, with {@code status} (accredited in 2020 when so). */
    long practice(String county, String title, String status) {
        long initiative = initiative(county, "RUNNING", LocalDate.of(2019, 3, 1), null);
        boolean accredited = "ACCREDITED".equals(status);
        return jdbc.sql("""
                INSERT INTO practice (initiative_id, county_code, settlement_id, title, summary, problem, method,
                    requirements, results, transferability, contact_name, contact_email, contact_consent, status,
                    accredited_on, accreditation_number, proposed_by)
                VALUES (?, ?, (SELECT primary_settlement_id FROM initiative WHERE id = ?), ?, 'x', 'x', 'x', 'x', 'x',
                    'x', 'Kapcsolat', 'k@example.hu', TRUE, ?, ?, ?, 'test') RETURNING id""")
                .params(initiative, county, initiative, unique(title), status, accredited ? LocalDate.of(2020, 5, 4) : null,
                        accredited ? unique("TAKEUP") : null)
                .query(Long.class).single();
    }

    long initiativeOfPractice(long practice) {
        return jdbc.sql("SELECT initiative_id FROM practice WHERE id = ?").param(practice).query(Long.class).single();
    }

    /** A held exchange visit hosted by {@code hostInitiative}, with {@code visitingInitiative} among the visitors. */
    long visit(String county, LocalDate on, long hostInitiative, long visitingInitiative) {
        long visit = jdbc.sql("""
                INSERT INTO exchange_visit (visit_date, county_code, host_settlement_id, host_initiative_id, purpose)
                VALUES (?, ?, (SELECT primary_settlement_id FROM initiative WHERE id = ?), ?, 'Tapasztalatcsere')
                RETURNING id""").params(on, county, hostInitiative, hostInitiative).query(Long.class).single();
        jdbc.sql("INSERT INTO exchange_visit_party (visit_id, initiative_id) VALUES (?, ?)")
                .params(visit, visitingInitiative).update();
        return visit;
    }

    /**
     * A take-up by an initiative ({@code organisation} null) or an organisation, with its stage history given as
     * stage, day pairs ({@code "EXPLORING", "2024-01-05", "RUNNING", "2024-06-01"}); the last is the current one.
     */
    long takeUp(long practice, Long initiative, Long organisation, String... history) {
        String stage = history[history.length - 2];
        LocalDate since = LocalDate.parse(history[history.length - 1]);
        long id = jdbc.sql("""
                INSERT INTO practice_takeup (practice_id, initiative_id, organisation_id, stage, stage_since)
                VALUES (?, ?, ?, ?, ?) RETURNING id""").params(practice, initiative, organisation, stage, since)
                .query(Long.class).single();
        for (int i = 0; i < history.length; i += 2) {
            jdbc.sql("INSERT INTO practice_takeup_stage (takeup_id, position, stage, since) VALUES (?, ?, ?, ?)")
                    .params(id, i / 2, history[i], LocalDate.parse(history[i + 1])).update();
        }
        return id;
    }
}
