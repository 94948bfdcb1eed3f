package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.activities.DemoActivitySeeding;
import hu.kozossegi.portal.initiatives.DemoInitiativeSeeding;
import hu.kozossegi.portal.organisations.DemoOrganisationSeeding;
import hu.kozossegi.portal.organisations.OrganisationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's exchange programme (2024–2025): 18 fictional small communities in six counties, enrolled in the
 * programme, visit six initiatives whose good practices were accredited before it began, in groups of three from
 * three counties, and take the practices up in various stages (exploring, implementing, running, dropped; each stage
 * dated, the history kept); two initiatives outside the programme take up a practice without a visit (the programme
 * report does not count them). Deterministic, and runs on every start of the demo profile: it does nothing when its
 * first community exists already.
 */
@Component
@Profile("demo")
@Order(75)
class DemoTakeUps implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTakeUps.class);
    static final String PROGRAMME = "Jó gyakorlatok cseréje kis közösségek között";

    private record Member(String name, String kind, String county) {
    }

    /** Three communities in each of six counties; visits group them across counties. */
    private static final List<Member> COMMUNITIES = List.of(
            new Member("Hernád-parti Kiskertészek", "INFORMAL_GROUP", "05"),
            new Member("Bódva-völgyi Családi Kör", "INFORMAL_GROUP", "05"),
            new Member("Cserehát Falumegtartó Egyesület", "ASSOCIATION", "05"),
            new Member("Tisza-háti Szomszédok", "INFORMAL_GROUP", "15"),
            new Member("Szatmári Közösségi Műhely Egyesület", "ASSOCIATION", "15"),
            new Member("Erdőháti Fiatalok Köre", "INFORMAL_GROUP", "15"),
            new Member("Zselici Falvak Baráti Köre", "INFORMAL_GROUP", "14"),
            new Member("Dráva-menti Tanulókör", "INFORMAL_GROUP", "14"),
            new Member("Belső-Somogy Közösségi Alapítvány", "FOUNDATION", "14"),
            new Member("Őrségi Portások Köre", "INFORMAL_GROUP", "18"),
            new Member("Rábamenti Szövőkör", "INFORMAL_GROUP", "18"),
            new Member("Vasi Hegyhát Egyesület", "ASSOCIATION", "18"),
            new Member("Göcseji Kemencések", "INFORMAL_GROUP", "20"),
            new Member("Kerka-völgyi Nagyszülők Klubja", "INFORMAL_GROUP", "20"),
            new Member("Hetési Közösségi Ház Egyesület", "ASSOCIATION", "20"),
            new Member("Körös-szögi Asszonyok", "INFORMAL_GROUP", "04"),
            new Member("Sárréti Tanyagondnokság Barátai", "INFORMAL_GROUP", "04"),
            new Member("Viharsarki Falufejlesztők Egyesülete", "ASSOCIATION", "04"));

    private static final String[] NOTES = {
        "Két alkalommal átbeszéltük a csoporttal, mit vennénk át belőle.",
        "A falugyűlés támogatta; önkénteseket keresünk a bevezetéshez.",
        "Rendszeresen működik, a helyiek maguk szervezik.",
        "Kevés volt az önkéntes, egyelőre nem folytatjuk."};

    private final JdbcTemplate jdbc;
    private final DemoOrganisationSeeding organisations;
    private final DemoActivitySeeding activities;
    private final DemoInitiativeSeeding initiatives;

    DemoTakeUps(JdbcTemplate jdbc, DemoOrganisationSeeding organisations, DemoActivitySeeding activities,
            DemoInitiativeSeeding initiatives) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.activities = activities;
        this.initiatives = initiatives;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM organisation WHERE name = ?)",
                Boolean.class, COMMUNITIES.get(0).name()))) {
            return;
        }
        List<long[]> practices = jdbc.query("""
                SELECT id, initiative_id, settlement_id FROM practice
                WHERE status = 'ACCREDITED' AND accredited_on < DATE '2024-01-01' ORDER BY accredited_on, id LIMIT 6""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        Integer counties = jdbc.queryForObject("""
                SELECT count(DISTINCT county_code) FROM settlement WHERE county_code IN ('04', '05', '14', '15', '18', '20')""",
                Integer.class);
        if (practices.size() < 6 || counties == null || counties < 6) {
            return;
        }
        long programme = initiatives.programme(PROGRAMME, "Országos iroda", 2024, 2025,
                "18 kis közösség hat megyéből meglátogatja egymást, és átveszi a hálózat akkreditált jó gyakorlatait.");
        List<long[]> members = new ArrayList<>();
        for (int i = 0; i < COMMUNITIES.size(); i++) {
            members.add(member(programme, COMMUNITIES.get(i), i));
        }
        int recorded = 0;
        for (int v = 0; v < practices.size(); v++) {
            long[] practice = practices.get(v);
            LocalDate day = LocalDate.of(2024, 3, 12).plusDays(v * 45L);
            // Three communities of three different counties visit together.
            List<long[]> group = List.of(members.get(v), members.get(v + 6), members.get(v + 12));
            long visit = visit(practice, day, group);
            for (int g = 0; g < group.size(); g++) {
                takeUp(practice[0], null, group.get(g)[0], visit, day.plusDays(10 + g * 3L), (v + g) % 4);
                recorded++;
            }
        }
        List<Long> initiatives = jdbc.queryForList("""
                SELECT id FROM initiative WHERE status = 'RUNNING' AND start_date < DATE '2024-01-01' ORDER BY id LIMIT 2""",
                Long.class);
        for (int i = 0; i < initiatives.size(); i++) {
            takeUp(practices.get(i)[0], initiatives.get(i), null, null, LocalDate.of(2024, 5, 6).plusMonths(i), 1);
            recorded++;
        }
        jdbc.update("INSERT INTO programme_target_set (programme_id) VALUES (?)", programme);
        jdbc.update("""
                INSERT INTO programme_target (programme_id, indicator, county_code, target)
                VALUES (?, 'PRACTICES_TAKEN_UP', NULL, 12)""", programme);
        for (String county : new String[] {"04", "05", "14", "15", "18", "20"}) {
            jdbc.update("""
                    INSERT INTO programme_target (programme_id, indicator, county_code, target)
                    VALUES (?, 'ORGANISATIONS_ENROLLED', ?, 3)""", programme, county);
        }
        LOG.info("Demo exchange programme: {} communities, {} practice take-ups", members.size(), recorded);
    }

    /** The community (an organisation seated in a small village of its county), enrolled in the programme. */
    private long[] member(long programme, Member m, int index) {
        List<Long> villages = jdbc.queryForList("""
                SELECT id FROM settlement WHERE county_code = ? ORDER BY (type <> 'VILLAGE'), (latitude IS NULL), id
                LIMIT 60""", Long.class, m.county());
        long seat = villages.get((30 + index % 3 * 7) % villages.size());
        long id = organisations.organisation(m.name(), OrganisationKind.valueOf(m.kind()), m.county(), seat,
                LocalDate.of(2012 + index % 5, 1 + index % 12, 10),
                "Kis közösség, amely jó gyakorlatokat tanul más falvaktól, és megosztja a sajátjait.");
        jdbc.update("INSERT INTO capacity_enrolment (programme_id, organisation_id, enrolled_on) VALUES (?, ?, ?)",
                programme, id, LocalDate.of(2024, 2, 1).plusDays(index));
        return new long[] {id, seat};
    }

    private long visit(long[] practice, LocalDate day, List<long[]> group) {
        String county = jdbc.queryForObject("SELECT county_code FROM practice WHERE id = ?", String.class, practice[0]);
        long visit = activities.heldVisit(day, county, practice[2], practice[1],
                "A kis közösségek jógyakorlat-cseréjének látogatása: a fogadók jó gyakorlatának megismerése.",
                "A fogadók bemutatták, hogyan indult és hogyan működik; a látogatók saját falujukra gondolták át.", 4,
                day.plusDays(30), "A látogató közösségek rögzítették, átveszik-e a gyakorlatot.");
        for (long[] member : group) {
            activities.visitingSettlement(visit, member[1]);
        }
        return visit;
    }

    /** Stages by pattern: 0 running, 1 implementing, 2 dropped, 3 still exploring; each stage dated. */
    private void takeUp(long practice, Long initiative, Long organisation, Long visit, LocalDate start, int pattern) {
        List<Object[]> steps = new ArrayList<>();
        steps.add(new Object[] {"EXPLORING", start});
        switch (pattern) {
            case 0 -> {
                steps.add(new Object[] {"IMPLEMENTING", start.plusMonths(3)});
                steps.add(new Object[] {"RUNNING", start.plusMonths(9)});
            }
            case 1 -> steps.add(new Object[] {"IMPLEMENTING", start.plusMonths(4)});
            case 2 -> steps.add(new Object[] {"DROPPED", start.plusMonths(5)});
            default -> {
            }
        }
        Object[] last = steps.get(steps.size() - 1);
        long id = jdbc.queryForObject("""
                INSERT INTO practice_takeup (practice_id, initiative_id, organisation_id, stage, stage_since, visit_id,
                    note)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, practice, initiative, organisation, last[0],
                last[1], visit, NOTES[pattern == 0 ? 2 : pattern == 1 ? 1 : pattern == 2 ? 3 : 0]);
        for (int i = 0; i < steps.size(); i++) {
            jdbc.update("INSERT INTO practice_takeup_stage (takeup_id, position, stage, since) VALUES (?, ?, ?, ?)",
                    id, i, steps.get(i)[0], steps.get(i)[1]);
        }
    }
}
