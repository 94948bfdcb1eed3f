package hu.kozossegi.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
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
        event = data.event(COUNTY, LocalDateTime.of(YEAR, 4, 1, 10, 0), 2).set("title", "Számlált műhely")
                .set("status", "HELD").set("venue_settlement_id", settlement).insert();
        data.attendance(event, worker).set("presence", "PRESENT").insert();
        visit = data.visit(COUNTY, settlement).set("visit_date", LocalDate.of(YEAR, 5, 2))
                .set("host_initiative_id", initiative).set("purpose", "Számlált látogatás").insert();
        data.link("exchange_visit_worker").set("visit_id", visit).set("worker_id", worker).add();
        organisation = data.organisation(COUNTY, settlement).insert();
        data.link("organisation_initiative").set("organisation_id", organisation).set("initiative_id", initiative)
                .set("relation", "RUNS").add();
        practice = data.practice(initiative, COUNTY, settlement).set("status", "ACCREDITED")
                .set("accredited_on", LocalDate.of(YEAR, 6, 1)).set("accreditation_number", TestData.unique("SZ"))
                .insert();
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
        TestData data = new TestData(jdbc);
        String tag = TestData.unique("Több");
        List<Long> villages = data.rows(MORE, g -> data.settlement(COUNTY).set("name", tag + " falu " + g)
                .set("population", 100 + g)).insert();
        List<Long> workers = data.rows(MORE, g -> data.worker(COUNTY).set("full_name", tag + " munkás " + g)
                .set("settlement_id", settlement)).insert();
        // New initiatives of the settlement and the worker (the settlement's and the worker's pages list them).
        List<Long> initiatives = data.rows(MORE, g -> data.initiative(settlement)
                .set("title", tag + " kezdeményezés " + g).set("start_date", LocalDate.of(YEAR, 3, 1))
                .set("lead_worker_id", worker)).insert();
        data.rows(workers, w -> data.link("initiative_worker").set("initiative_id", initiative).set("worker_id", w))
                .add();
        data.rows(initiatives, i -> data.link("initiative_worker").set("initiative_id", i).set("worker_id", worker))
                .add();
        data.rows(villages, v -> data.link("initiative_settlement").set("initiative_id", initiative)
                .set("settlement_id", v)).add();
        data.rows(MORE, g -> data.note(initiative).set("noted_on", LocalDate.of(YEAR, 5, 1).plusDays(g))
                .set("text", "Feljegyzés " + g)).insert();
        data.rows(MORE, g -> data.outcome(initiative).set("name", tag + " klub " + g)
                .set("achieved_on", LocalDate.of(YEAR, 6, 1))).insert();
        data.rows(MORE, g -> data.organisation(COUNTY, settlement).set("name", tag + " egyesület " + g)).insert();
        data.rows(initiatives, i -> data.link("organisation_initiative").set("organisation_id", organisation)
                .set("initiative_id", i).set("relation", "RUNS")).add();
        // Events of the county in the same month; the worker attends every one, the event gets every new worker.
        List<Long> events = data.rows(MORE, g -> data.event(COUNTY, LocalDateTime.of(YEAR, 4, 2, 10, 0).plusHours(g), 1)
                .set("kind", "TRAINING").set("title", tag + " esemény " + g).set("status", "HELD")
                .set("venue_settlement_id", villages.get(g - 1)).set("organisation_id", organisation)).insert();
        data.rows(events, e -> data.attendance(e, worker).set("presence", "PRESENT")
                .set("organisation_id", organisation)).insert();
        data.rows(workers, w -> data.attendance(event, w).set("presence", "PRESENT")).insert();
        // Visits hosted by the settlement; the worker travels on every one, the visit gets every new worker.
        List<Long> visits = data.rows(MORE, g -> data.visit(COUNTY, settlement)
                .set("visit_date", LocalDate.of(YEAR, 5, 3).plusDays(g)).set("host_initiative_id", initiative)
                .set("purpose", tag + " látogatás " + g)).insert();
        data.rows(visits, v -> data.link("exchange_visit_worker").set("visit_id", v).set("worker_id", worker)).add();
        data.rows(workers, w -> data.link("exchange_visit_worker").set("visit_id", visit).set("worker_id", w)).add();
        data.rows(villages, v -> data.link("exchange_visit_party").set("visit_id", visit).set("settlement_id", v))
                .add();
        // Practices: accredited ones for the catalogue, submitted ones for the review queue.
        data.rows(initiatives.size(), g -> {
            boolean accredited = g % 2 == 0;
            return data.practice(initiatives.get(g - 1), COUNTY, settlement)
                    .set("status", accredited ? "ACCREDITED" : "SUBMITTED")
                    .set("accredited_on", accredited ? LocalDate.of(YEAR, 6, 1) : null)
                    .set("accreditation_number", accredited ? tag + " " + g : null);
        }).insert();
    }
}
