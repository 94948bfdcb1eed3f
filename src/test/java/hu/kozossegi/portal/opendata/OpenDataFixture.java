package hu.kozossegi.portal.opendata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import hu.kozossegi.portal.opendata.internal.ApiScope;
import hu.kozossegi.portal.opendata.internal.ApiTokens;
import hu.kozossegi.portal.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the open-data and API tests, built with plain SQL: in two counties, initiatives with workers
 * whose e-mail, phone and name are known (so a response can be scanned for them), events with a facilitator,
 * attendance, an exchange visit, an accredited practice with its contact, a programme; and API tokens.
 */
final class OpenDataFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** Contact data that must never appear in any response. */
    final List<String> secrets = new ArrayList<>();
    final String county;
    final String otherCounty;
    final int year;
    final long programme;
    final List<Long> initiatives = new ArrayList<>();
    final List<Long> otherInitiatives = new ArrayList<>();
    final long settlement;
    /** Organisations: [0] of the county, running the programme's initiative; [1] of the other county. */
    final List<Long> organisations = new ArrayList<>();

    private final JdbcClient jdbc;
    private final String tag = "od" + System.nanoTime() % 1_000_000_000 + "x" + SEQUENCE.incrementAndGet();

    OpenDataFixture(JdbcClient jdbc, String county, String otherCounty, int year) {
        this.jdbc = jdbc;
        this.county = county;
        this.otherCounty = otherCounty;
        this.year = year;
        this.programme = new TestData(jdbc).programme().set("name", "Nyílt program " + tag).set("funder", "Nyílt Alap")
                .set("first_year", 2004).insert();
        this.settlement = settlement(county, "Nyíltfalva " + tag);
        for (int i = 0; i < 3; i++) {
            initiatives.add(initiative(county, settlement, "Nyílt kezdeményezés " + tag + " " + i, i == 0 ? programme : null));
        }
        long otherSettlement = settlement(otherCounty, "Másikfalva " + tag);
        otherInitiatives.add(initiative(otherCounty, otherSettlement, "Másik kezdeményezés " + tag, null));
        practice(county, initiatives.get(0));
        practice(otherCounty, otherInitiatives.get(0));
        event(county, initiatives.get(0));
        event(otherCounty, otherInitiatives.get(0));
        visit(county, settlement, initiatives.get(0));
        organisations.add(organisation(county, settlement, initiatives.get(0)));
        organisations.add(organisation(otherCounty, otherSettlement, otherInitiatives.get(0)));
    }

    /** An organisation with a known contact person (remembered in {@link #secrets}) that runs {@code initiative}. */
    long organisation(String countyCode, long seat, long initiative) {
        long n = SEQUENCE.incrementAndGet();
        String contact = "Titkos Szervező " + tag + "o" + n;
        String email = "szervezo." + tag + n + "@pelda.hu";
        String phone = "+36 70 " + (100 + n % 900) + " " + (1000 + n % 9000);
        secrets.add(contact);
        secrets.add(email);
        secrets.add(phone);
        TestData data = new TestData(jdbc);
        long id = data.organisation(countyCode, seat).set("name", "Nyílt szervezet " + tag + " " + n)
                .set("kind", "INFORMAL_GROUP").set("founded_on", LocalDate.of(year, 3, 1)).set("focus", "Tanulókör")
                .set("contact_name", contact).set("contact_email", email).set("contact_phone", phone).insert();
        data.link("organisation_initiative").set("organisation_id", id).set("initiative_id", initiative)
                .set("relation", "RUNS").add();
        return id;
    }

    String tag() {
        return tag;
    }

    long settlement(String countyCode, String name) {
        return new TestData(jdbc).settlement(countyCode).set("name", name).set("disadvantaged", true).insert();
    }

    /** A worker with a known name, e-mail and phone (remembered in {@link #secrets}). */
    long worker(String countyCode) {
        long n = SEQUENCE.incrementAndGet();
        String name = "Titkos Munkás " + tag + "w" + n;
        String email = "munkas." + tag + n + "@pelda.hu";
        String phone = "+36 30 " + (100 + n % 900) + " " + (1000 + n % 9000);
        secrets.add(name);
        secrets.add(email);
        secrets.add(phone);
        return new TestData(jdbc).worker(countyCode).set("full_name", name).set("kind", "PROFESSIONAL")
                .set("organisation", "Titkos Egyesület").set("email", email).set("phone", phone).insert();
    }

    long initiative(String countyCode, long settlementId, String title, Long programmeId) {
        long lead = worker(countyCode);
        TestData data = new TestData(jdbc);
        long id = data.initiative(settlementId).set("title", title).set("programme_id", programmeId)
                .set("start_date", LocalDate.of(year, 2, 1)).set("lead_worker_id", lead)
                .set("need_assessment", "Felmérés").set("resident_participants", 12).insert();
        data.link("initiative_worker").set("initiative_id", id).set("worker_id", lead).add();
        return id;
    }

    void practice(String countyCode, long initiative) {
        long n = SEQUENCE.incrementAndGet();
        String contact = "Titkos Kapcsolat " + tag + "p" + n;
        String email = "kapcsolat." + tag + n + "@pelda.hu";
        String phone = "06 1 " + (200 + n % 700) + " " + (2000 + n % 7000);
        secrets.add(contact);
        secrets.add(email);
        secrets.add(phone);
        long settlement = jdbc.sql("SELECT primary_settlement_id FROM initiative WHERE id = ?").param(initiative)
                .query(Long.class).single();
        new TestData(jdbc).practice(initiative, countyCode, settlement).set("title", "Nyílt gyakorlat " + tag + " " + n)
                .set("summary", "Összefoglaló").set("problem", "Probléma").set("method", "Módszer")
                .set("requirements", "Feltételek").set("results", "Eredmények").set("transferability", "Átvehetőség")
                .set("contact_name", contact).set("contact_email", email).set("contact_phone", phone)
                .set("status", "ACCREDITED").set("accredited_on", LocalDate.of(year, 6, 1))
                .set("accreditation_number", "OD-" + tag + "-" + n).set("proposed_by", "teszt").insert();
    }

    void event(String countyCode, long initiative) {
        String facilitator = "Titkos Vezető " + tag + "f" + SEQUENCE.incrementAndGet();
        secrets.add(facilitator);
        TestData data = new TestData(jdbc);
        long id = data.event(countyCode, LocalDateTime.of(year, 3, 10, 10, 0), 4).set("title", "Nyílt műhely " + tag)
                .set("facilitator_name", facilitator).set("initiative_id", initiative).set("status", "HELD")
                .set("summary", "Összegzés").insert();
        data.attendance(id, worker(countyCode)).set("presence", "PRESENT").insert();
    }

    void visit(String countyCode, long host, long initiative) {
        TestData data = new TestData(jdbc);
        long id = data.visit(countyCode, host).set("visit_date", LocalDate.of(year, 4, 2))
                .set("host_initiative_id", initiative).set("purpose", "Tapasztalatcsere").insert();
        data.link("exchange_visit_worker").set("visit_id", id).set("worker_id", worker(countyCode)).add();
    }

    String token(ApiTokens tokens, ApiScope scope) {
        return tokens.issue("Teszt " + tag + " " + scope.kind(), scope, "teszt");
    }
}
