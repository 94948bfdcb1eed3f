package hu.kozossegi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 15: the number of SQL statements per page is bounded and does not grow with the data. Every list page,
 * the dashboards of each role, the detail pages and the report pages are counted (steady state: each page is
 * requested once before it is counted, so kept figures are current), then 40 more rows of every kind are added
 * (in the lists, and as children of each detail page's record: attendances, notes, outcomes, workers, visits,
 * events) and every page is counted again: the same number of statements, under its bound. An N+1 read (a
 * statement per row shown) would add up to 40 statements.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageStatementCountTests {

    static final int YEAR = 2024;
    static final String COUNTY = "17";
    static final int MORE = 40;

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    private long settlement;
    private long worker;
    private long initiative;
    private long event;
    private long visit;
    private long organisation;
    private long practice;

    @BeforeAll
    void data() {
        TestData data = new TestData(jdbc);
        settlement = data.settlement(COUNTY).insert();
        worker = data.worker(COUNTY).insert();
        initiative = data.initiative(settlement).set("lead_worker_id", worker).set("start_date", LocalDate.of(YEAR, 2, 1))
                .insert();
        data.note(initiative).insert();
        data.outcome(initiative).insert();
        event = jdbc.sql("""
                INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, status, venue_settlement_id)
                VALUES ('WORKSHOP', 'Számlált műhely', :c, make_timestamptz(:y, 4, 1, 10, 0, 0, 'Europe/Budapest'),
                        make_timestamptz(:y, 4, 1, 12, 0, 0, 'Europe/Budapest'), 'HELD', :s) RETURNING id""")
                .param("c", COUNTY).param("y", YEAR).param("s", settlement).query(Long.class).single();
        jdbc.sql("INSERT INTO event_attendance (event_id, worker_id, presence) VALUES (?, ?, 'PRESENT')")
                .param(event).param(worker).update();
        visit = jdbc.sql("""
                INSERT INTO exchange_visit (visit_date, county_code, host_settlement_id, host_initiative_id, purpose)
                VALUES (make_date(:y, 5, 2), :c, :s, :i, 'Számlált látogatás') RETURNING id""")
                .param("y", YEAR).param("c", COUNTY).param("s", settlement).param("i", initiative)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO exchange_visit_worker (visit_id, worker_id) VALUES (?, ?)").param(visit).param(worker)
                .update();
        organisation = jdbc.sql("""
                INSERT INTO organisation (name, kind, county_code, seat_settlement_id)
                VALUES (:n, 'ASSOCIATION', :c, :s) RETURNING id""")
                .param("n", TestData.unique("Számlált egyesület")).param("c", COUNTY).param("s", settlement)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO organisation_initiative (organisation_id, initiative_id, relation) VALUES (?, ?, 'RUNS')")
                .param(organisation).param(initiative).update();
        practice = jdbc.sql("""
                INSERT INTO practice (initiative_id, county_code, settlement_id, title, summary, problem, method,
                    requirements, results, transferability, contact_name, contact_email, contact_consent, status,
                    accredited_on, accreditation_number, proposed_by)
                VALUES (:i, :c, :s, 'Számlált gyakorlat', 'Összegzés', 'Probléma', 'Módszer', 'Feltételek',
                    'Eredmények', 'Átvehetőség', 'Kapcsolat Kata', 'kata@example.hu', true, 'ACCREDITED',
                    make_date(:y, 6, 1), :n, 'teszt') RETURNING id""")
                .param("i", initiative).param("c", COUNTY).param("s", settlement).param("y", YEAR)
                .param("n", TestData.unique("SZ")).query(Long.class).single();
    }

    /** Page, who opens it, the most statements it may run. */
    private Map<String, Object[]> pages() {
        RequestPostProcessor national = TestUsers.national();
        RequestPostProcessor coordinator = TestUsers.coordinator(COUNTY);
        RequestPostProcessor developer = TestUsers.developer(COUNTY);
        Map<String, Object[]> pages = new LinkedHashMap<>();
        pages.put("/dashboard national", new Object[] {"/dashboard", national, 20});
        pages.put("/dashboard coordinator", new Object[] {"/dashboard", coordinator, 20});
        pages.put("/dashboard developer", new Object[] {"/dashboard", developer, 20});
        pages.put("/initiatives", new Object[] {"/initiatives?county=" + COUNTY, national, 12});
        pages.put("/initiatives/{id}", new Object[] {"/initiatives/" + initiative, national, 30});
        pages.put("/initiatives/{id}/history", new Object[] {"/initiatives/" + initiative + "/history", national, 25});
        pages.put("/initiatives/{id}/edit", new Object[] {"/initiatives/" + initiative + "/edit", coordinator, 25});
        pages.put("/organisations", new Object[] {"/organisations?county=" + COUNTY, national, 12});
        pages.put("/organisations/{id}", new Object[] {"/organisations/" + organisation, national, 25});
        pages.put("/events", new Object[] {"/events?county=" + COUNTY, national, 12});
        pages.put("/events/{id}", new Object[] {"/events/" + event, national, 25});
        pages.put("/events/{id}/attendance", new Object[] {"/events/" + event + "/attendance", coordinator, 25});
        pages.put("/events/calendar", new Object[] {"/events/calendar?month=" + YEAR + "-04&county=" + COUNTY,
                national, 12});
        pages.put("/visits", new Object[] {"/visits?county=" + COUNTY, national, 12});
        pages.put("/visits/{id}", new Object[] {"/visits/" + visit, national, 25});
        pages.put("/settlements", new Object[] {"/settlements?county=" + COUNTY, national, 12});
        pages.put("/settlements/{id}", new Object[] {"/settlements/" + settlement, national, 25});
        pages.put("/workers", new Object[] {"/workers?county=" + COUNTY, national, 12});
        pages.put("/workers/{id}", new Object[] {"/workers/" + worker, national, 25});
        pages.put("/good-practices", new Object[] {"/good-practices", national, 12});
        pages.put("/good-practices/{id}", new Object[] {"/good-practices/" + practice, national, 25});
        pages.put("/good-practices/review", new Object[] {"/good-practices/review", national, 12});
        pages.put("/programmes", new Object[] {"/programmes", national, 12});
        pages.put("/reports", new Object[] {"/reports", national, 12});
        pages.put("/reports/{year}", new Object[] {"/reports/" + YEAR, national, 25});
        pages.put("/reports/{year}/counties/{code}", new Object[] {"/reports/" + YEAR + "/counties/" + COUNTY,
                national, 25});
        pages.put("/admin/users", new Object[] {"/admin/users", national, 12});
        pages.put("/admin/audit", new Object[] {"/admin/audit", national, 12});
        pages.put("/open-data", new Object[] {"/open-data", national, 10});
        return pages;
    }

    private Map<String, Long> countAll() {
        Map<String, Long> counts = new LinkedHashMap<>();
        pages().forEach((name, page) -> {
            String uri = (String) page[0];
            RequestPostProcessor who = (RequestPostProcessor) page[1];
            // Once uncounted: the first request after a write recomputes kept totals and figures.
            assertThat(mvc.get().uri(uri).with(who)).as(name).hasStatusOk();
            SqlStatementCounter.reset();
            assertThat(mvc.get().uri(uri).with(who)).as(name).hasStatusOk();
            counts.put(name, SqlStatementCounter.count());
        });
        return counts;
    }

    @Test
    void everyPageRunsABoundedNumberOfStatementsWhateverTheNumberOfRows() {
        Map<String, Long> before = countAll();
        addMoreOfEverything();
        Map<String, Long> after = countAll();
        SoftAssertions.assertSoftly(soft -> pages().forEach((name, page) -> {
            soft.assertThat(before.get(name)).as(name + " (all: " + before + ")").isPositive()
                    .isLessThanOrEqualTo(((Integer) page[2]).longValue());
            soft.assertThat(after.get(name)).as(name + " with " + MORE + " more rows of every kind")
                    .isEqualTo(before.get(name));
        }));
    }

    private void addMoreOfEverything() {
        String tag = TestData.unique("Több");
        Map<String, Object> p = Map.of("t", tag, "c", COUNTY, "y", YEAR, "n", MORE, "s", settlement, "w", worker,
                "i", initiative, "e", event, "v", visit, "o", organisation);
        jdbc.sql("""
                INSERT INTO settlement (name, county_code, type, population)
                SELECT :t || ' falu ' || g, :c, 'VILLAGE', 100 + g FROM generate_series(1, :n) g""").params(p).update();
        jdbc.sql("""
                INSERT INTO community_worker (full_name, county_code, kind, settlement_id)
                SELECT :t || ' munkás ' || g, :c, 'VOLUNTEER', :s FROM generate_series(1, :n) g""").params(p).update();
        // New initiatives of the settlement and the worker (the settlement's and the worker's pages list them).
        jdbc.sql("""
                INSERT INTO initiative (title, primary_settlement_id, status, start_date, lead_worker_id)
                SELECT :t || ' kezdeményezés ' || g, :s, 'RUNNING', make_date(:y, 3, 1), :w
                FROM generate_series(1, :n) g""").params(p).update();
        jdbc.sql("""
                INSERT INTO initiative_worker (initiative_id, worker_id)
                SELECT :i, w.id FROM community_worker w WHERE w.full_name LIKE :t || ' munkás %'""").params(p).update();
        jdbc.sql("""
                INSERT INTO initiative_worker (initiative_id, worker_id)
                SELECT i.id, :w FROM initiative i WHERE i.title LIKE :t || ' kezdeményezés %'""").params(p).update();
        jdbc.sql("""
                INSERT INTO initiative_settlement (initiative_id, settlement_id)
                SELECT :i, s.id FROM settlement s WHERE s.name LIKE :t || ' falu %'""").params(p).update();
        jdbc.sql("""
                INSERT INTO progress_note (initiative_id, noted_on, text, author)
                SELECT :i, make_date(:y, 5, 1) + g, 'Feljegyzés ' || g, 'teszt' FROM generate_series(1, :n) g""")
                .params(p).update();
        jdbc.sql("""
                INSERT INTO initiative_outcome (initiative_id, type, name, achieved_on)
                SELECT :i, 'CLUB', :t || ' klub ' || g, make_date(:y, 6, 1) FROM generate_series(1, :n) g""")
                .params(p).update();
        jdbc.sql("""
                INSERT INTO organisation (name, kind, county_code, seat_settlement_id)
                SELECT :t || ' egyesület ' || g, 'ASSOCIATION', :c, :s FROM generate_series(1, :n) g""")
                .params(p).update();
        jdbc.sql("""
                INSERT INTO organisation_initiative (organisation_id, initiative_id, relation)
                SELECT :o, i.id, 'RUNS' FROM initiative i WHERE i.title LIKE :t || ' kezdeményezés %'""").params(p).update();
        // Events of the county in the same month; the worker attends every one, the event gets every new worker.
        jdbc.sql("""
                INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, status, venue_settlement_id,
                    organisation_id)
                SELECT 'TRAINING', :t || ' esemény ' || g, :c,
                       make_timestamptz(:y, 4, 2, 10, 0, 0, 'Europe/Budapest') + g * interval '1 hour',
                       make_timestamptz(:y, 4, 2, 11, 0, 0, 'Europe/Budapest') + g * interval '1 hour', 'HELD',
                       s.id, :o
                FROM generate_series(1, :n) g JOIN settlement s ON s.name = :t || ' falu ' || g""").params(p).update();
        jdbc.sql("""
                INSERT INTO event_attendance (event_id, worker_id, presence, organisation_id)
                SELECT e.id, :w, 'PRESENT', :o FROM activity_event e WHERE e.title LIKE :t || ' esemény %'""")
                .params(p).update();
        jdbc.sql("""
                INSERT INTO event_attendance (event_id, worker_id, presence)
                SELECT :e, w.id, 'PRESENT' FROM community_worker w WHERE w.full_name LIKE :t || ' munkás %'""")
                .params(p).update();
        // Visits hosted by the settlement; the worker travels on every one, the visit gets every new worker.
        jdbc.sql("""
                INSERT INTO exchange_visit (visit_date, county_code, host_settlement_id, host_initiative_id, purpose)
                SELECT make_date(:y, 5, 3) + g, :c, :s, :i, :t || ' látogatás ' || g FROM generate_series(1, :n) g""")
                .params(p).update();
        jdbc.sql("""
                INSERT INTO exchange_visit_worker (visit_id, worker_id)
                SELECT v.id, :w FROM exchange_visit v WHERE v.purpose LIKE :t || ' látogatás %'""").params(p).update();
        jdbc.sql("""
                INSERT INTO exchange_visit_worker (visit_id, worker_id)
                SELECT :v, w.id FROM community_worker w WHERE w.full_name LIKE :t || ' munkás %'""").params(p).update();
        jdbc.sql("""
                INSERT INTO exchange_visit_party (visit_id, settlement_id)
                SELECT :v, s.id FROM settlement s WHERE s.name LIKE :t || ' falu %'""").params(p).update();
        // Practices: accredited ones for the catalogue, submitted ones for the review queue.
        jdbc.sql("""
                INSERT INTO practice (initiative_id, county_code, settlement_id, title, summary, problem, method,
                    requirements, results, transferability, contact_name, contact_email, contact_consent, status,
                    accredited_on, accreditation_number, proposed_by)
                SELECT i.id, :c, :s, i.title, 'Összegzés', 'Probléma', 'Módszer', 'Feltételek', 'Eredmények',
                       'Átvehetőség', 'Kapcsolat Kata', 'kata@example.hu', true,
                       CASE WHEN i.id % 2 = 0 THEN 'ACCREDITED' ELSE 'SUBMITTED' END,
                       CASE WHEN i.id % 2 = 0 THEN make_date(:y, 6, 1) END,
                       CASE WHEN i.id % 2 = 0 THEN :t || ' ' || i.id END, 'teszt'
                FROM initiative i WHERE i.title LIKE :t || ' kezdeményezés %'""").params(p).update();
    }
}
