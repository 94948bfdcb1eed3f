package hu.kozossegi.portal.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import hu.kozossegi.portal.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-built data set of the report tests, in year {@link #YEAR} (no other test uses it): settlements T1-T3
 * (Tolna), V1-V2 (Vas), B1 (Budapest); workers w1-w5; initiatives i1-i8; outcomes o1-o5; events e1-e7; visits
 * v1-v2 held (and one planned, one cancelled, which count nowhere); practices p1-p2; organisations r1-r7 with
 * programmes P1 (running 2000-2002) and P2 (ended in 2000). The expected figures are worked out by hand in
 * {@link ReportFiguresTests}.
 */
final class ReportFixture {

    static final int YEAR = 2001;
    private static boolean built;

    private final TestData data;

    ReportFixture(JdbcClient jdbc) {
        this.data = new TestData(jdbc);
    }

    synchronized void build() {
        if (built) {
            return;
        }
        long t1 = settlement("Riport-T1 falu", "17", "VILLAGE", null, true);
        long t2 = settlement("Riport-T2 város", "17", "TOWN", null, false);
        long t3 = settlement("Riport-T3 lakótelep", "17", "HOUSING_ESTATE", t2, false);
        long v1 = settlement("Riport-V1 falu", "18", "VILLAGE", null, false);
        long v2 = settlement("Riport-V2 aprófalu", "18", "VILLAGE", null, true);
        long budapest = settlement("Riport-Főváros", "01", "COUNTY_CITY", null, false);
        long b1 = settlement("Riport-B1 kerület", "01", "BUDAPEST_DISTRICT", budapest, false);
        long w1 = worker("Riport Önkéntes Egy", "17", "VOLUNTEER");
        long w2 = worker("Riport Hivatásos Kettő", "17", "PROFESSIONAL");
        long w3 = worker("Riport Önkéntes Három", "18", "VOLUNTEER");
        long w4 = worker("Riport Hivatásos Négy", "18", "PROFESSIONAL");
        long w5 = worker("Riport Önkéntes Öt", "17", "VOLUNTEER");
        long i1 = initiative("Riport i1", t1, "RUNNING", date(12, 31), null, w1, 10);
        reach(i1, v1);
        long i2 = initiative("Riport i2", t2, "CLOSED", LocalDate.of(YEAR - 1, 3, 1), date(1, 1), null, 20);
        reach(i2, t3);
        data.link("initiative_worker").set("initiative_id", i2).set("worker_id", w2).add();
        initiative("Riport i3", t1, "PLANNED", date(5, 1), null, w5, 100);
        long i4 = initiative("Riport i4", t1, "ABANDONED", LocalDate.of(YEAR - 1, 1, 1), LocalDate.of(YEAR - 1, 12, 31), w5, 50);
        long i5 = initiative("Riport i5", v1, "RUNNING", date(2, 1), null, w3, 5);
        reach(i5, v2);
        long i6 = initiative("Riport i6", v2, "SELF_SUSTAINING", LocalDate.of(YEAR - 1, 6, 1), null, w3, null);
        data.link("initiative_worker").set("initiative_id", i6).set("worker_id", w4).add();
        initiative("Riport i7", b1, "RUNNING", date(4, 4), null, null, 7);
        long i8 = initiative("Riport i8", v1, "RUNNING", LocalDate.of(YEAR + 1, 1, 1), null, w4, 9);
        outcome(i1, "CLUB", date(12, 31));
        outcome(i2, "SELF_HELP_GROUP", LocalDate.of(YEAR - 1, 5, 5));
        outcome(i5, "CIVIL_ORGANISATION", date(6, 1));
        outcome(i6, "CLUB", LocalDate.of(YEAR + 1, 1, 1));
        outcome(i2, "VOLUNTEER_ACTIVITY", date(1, 1));
        long e1 = event("17", "WORKSHOP", "HELD", LocalDateTime.of(YEAR, 3, 10, 10, 0));
        attend(e1, w1, "PRESENT");
        attend(e1, w5, "ABSENT");
        attend(e1, w3, "PRESENT");
        long e2 = event("17", "TRAINING", "CANCELLED", LocalDateTime.of(YEAR, 4, 1, 10, 0));
        attend(e2, w2, "PRESENT");
        long e3 = event("18", "WORKSHOP", "HELD", LocalDateTime.of(YEAR, 5, 5, 10, 0));
        attend(e3, w3, "PRESENT");
        attend(e3, w4, "PRESENT");
        long e4 = event(null, "CONFERENCE", "HELD", LocalDateTime.of(YEAR, 9, 9, 10, 0));
        attend(e4, w1, "PRESENT");
        attend(e4, w4, "PRESENT");
        event("17", "CONSULTATION", "SCHEDULED", LocalDateTime.of(YEAR, 10, 10, 10, 0));
        long e6 = event("17", "WORKSHOP", "HELD", LocalDateTime.of(YEAR - 1, 12, 31, 23, 30));
        attend(e6, w2, "PRESENT");
        long e7 = event("18", "TRAINING", "HELD", LocalDateTime.of(YEAR, 12, 31, 23, 0));
        attend(e7, w4, "PRESENT");
        long visit1 = visit("17", v1, date(6, 6), 3);
        data.link("exchange_visit_worker").set("visit_id", visit1).set("worker_id", w1).add();
        data.link("exchange_visit_worker").set("visit_id", visit1).set("worker_id", w2).add();
        visit("18", v2, LocalDate.of(YEAR - 1, 7, 7), 4);
        // A planned and a cancelled visit of Tolna in the year: neither counts, neither is listed by a figure's link.
        long planned = visit("17", v1, date(11, 11), 7, "PLANNED");
        data.link("exchange_visit_worker").set("visit_id", planned).set("worker_id", w3).add();
        visit("17", t1, date(9, 9), 2, "CANCELLED");
        practice(i1, "17", t1, "ACCREDITED", date(8, 8), "RIPORT-" + YEAR + "-1");
        practice(i5, "18", v1, "SUBMITTED", null, null);
        organisations(t1, v1, i1, i2, i4, i5, i8);
        built = true;
    }

    /**
     * Supported in the year: r1 (Tolna) runs i1 (Tolna) and i5 (Vas) and is enrolled in P1, four ways and counted
     * once, in Tolna only; r3 (Vas) enrolled in P1 in the year. Founded in the year: r2 (Tolna, supported by nothing)
     * and r3. Nowhere: r4 (Vas) runs only i4 (ended the year before) and i8 (starts the year after); r5 (Tolna) left
     * P1 on the last day of the year before; r6 (Vas) is still enrolled in P2, which ended the year before; r7
     * (Tolna) was born from i2 (active in the year) but founded two years later.
     */
    private void organisations(long t1, long v1, long i1, long i2, long i4, long i5, long i8) {
        long p1 = programme("Riport program P1", YEAR - 1, YEAR + 1);
        long p2 = programme("Riport program P2", YEAR - 2, YEAR - 1);
        long r1 = organisation("Riport szervezet r1", "17", t1, LocalDate.of(YEAR - 5, 1, 1));
        link(r1, i1, "RUNS");
        link(r1, i5, "RUNS");
        enrol(p1, r1, LocalDate.of(YEAR - 1, 3, 1), null);
        organisation("Riport szervezet r2", "17", t1, date(12, 31));
        long r3 = organisation("Riport csoport r3", "18", v1, date(1, 1));
        enrol(p1, r3, date(6, 1), date(12, 1));
        long r4 = organisation("Riport szervezet r4", "18", v1, null);
        link(r4, i4, "RUNS");
        link(r4, i8, "RUNS");
        long r5 = organisation("Riport szervezet r5", "17", t1, LocalDate.of(YEAR - 3, 1, 1));
        enrol(p1, r5, LocalDate.of(YEAR - 1, 1, 1), LocalDate.of(YEAR - 1, 12, 31));
        long r6 = organisation("Riport szervezet r6", "18", v1, LocalDate.of(YEAR - 4, 1, 1));
        enrol(p2, r6, LocalDate.of(YEAR - 2, 5, 1), null);
        long r7 = organisation("Riport szervezet r7", "17", t1, LocalDate.of(YEAR + 2, 2, 2));
        link(r7, i2, "BORN_FROM");
    }

    private long programme(String name, int first, int last) {
        return data.programme().set("name", name).set("funder", "Riport alap").set("first_year", first)
                .set("last_year", last).insert();
    }

    private long organisation(String name, String county, long seat, LocalDate founded) {
        return data.organisation(county, seat).set("name", name).set("founded_on", founded).insert();
    }

    private void link(long organisation, long initiative, String relation) {
        data.link("organisation_initiative").set("organisation_id", organisation).set("initiative_id", initiative)
                .set("relation", relation).add();
    }

    private void enrol(long programme, long organisation, LocalDate on, LocalDate left) {
        data.enrolment(programme, organisation).set("enrolled_on", on).set("left_on", left).insert();
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    private long settlement(String name, String county, String type, Long parent, boolean disadvantaged) {
        return data.settlement(county).set("name", name).set("type", type).set("parent_id", parent)
                .set("disadvantaged", disadvantaged).insert();
    }

    private long worker(String name, String county, String kind) {
        return data.worker(county).set("full_name", name).set("kind", kind).insert();
    }

    private long initiative(String title, long settlement, String status, LocalDate start, LocalDate end, Long lead,
            Integer residents) {
        return data.initiative(settlement).set("title", title).set("status", status).set("start_date", start)
                .set("end_date", end).set("lead_worker_id", lead).set("resident_participants", residents).insert();
    }

    private void reach(long initiative, long settlement) {
        data.link("initiative_settlement").set("initiative_id", initiative).set("settlement_id", settlement).add();
    }

    private void outcome(long initiative, String type, LocalDate on) {
        data.outcome(initiative).set("type", type).set("name", "Riport eredmény " + type).set("achieved_on", on)
                .insert();
    }

    private long event(String county, String kind, String status, LocalDateTime localStart) {
        OffsetDateTime start = TestData.budapest(localStart);
        return data.event(county).set("kind", kind).set("title", "Riport esemény " + kind).set("starts_at", start)
                .set("ends_at", start.plusMinutes(30)).set("status", status)
                .set("cancel_reason", "CANCELLED".equals(status) ? "lemondva" : null).insert();
    }

    private void attend(long event, long worker, String presence) {
        data.attendance(event, worker).set("presence", presence).insert();
    }

    private long visit(String county, long host, LocalDate on, int others) {
        return visit(county, host, on, others, "HELD");
    }

    private long visit(String county, long host, LocalDate on, int others, String status) {
        return data.visit(county, host).set("visit_date", on).set("status", status)
                .set("purpose", "Riport látogatás " + status).set("other_participants", others).insert();
    }

    private void practice(long initiative, String county, long settlement, String status, LocalDate accredited,
            String number) {
        data.practice(initiative, county, settlement).set("title", "Riport gyakorlat").set("status", status)
                .set("accredited_on", accredited).set("accreditation_number", number).insert();
    }
}
