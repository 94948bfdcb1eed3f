package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import hu.kozossegi.portal.activities.DemoActivitySeeding;
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
 * The demo's capacity-building programme (DESIGN.md glossary "programme"): the two-year project of the Norwegian
 * Civil Fund (2014–2015) that the initiatives' demo created, with 20 fictional organisations and informal groups
 * (15 in Nógrád, 5 in Baranya), their entry and exit assessments, development-plan milestones, the programme's
 * trainings (participants named with the organisation they came with) and mentoring consultations, links to
 * initiatives they run, and the programme's targets. Deterministic (fixed seed); runs once, after activities.
 * The organisations, events and attendance are written by their own modules' demo-seeding APIs.
 */
@Component
@Profile("demo")
@Order(70)
class DemoCapacity implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCapacity.class);
    static final String PROGRAMME = "Roma szervezetek és informális csoportok kapacitásfejlesztése";

    private record Org(String name, String kind, String county, String focus, LocalDate founded) {
    }

    private static final List<Org> ORGANISATIONS = List.of(
            org("Cserháti Roma Ifjúsági Egyesület", "ASSOCIATION", "12", 2009),
            org("Ipoly-völgyi Asszonyok Köre", "INFORMAL_GROUP", "12", 2012),
            org("Kéz a Kézben Közösségi Alapítvány", "FOUNDATION", "12", 2006),
            org("Zöld Domb Baráti Kör", "INFORMAL_GROUP", "12", 2013),
            org("Palóc-roma Hagyományőrzők", "INFORMAL_GROUP", "12", 2011),
            org("Esély Háza Egyesület", "ASSOCIATION", "12", 2008),
            org("Karancs-vidéki Roma Nemzetiségi Egyesület", "MINORITY_SELF_GOVERNMENT", "12", 2003),
            org("Együtt a Telepért Csoport", "INFORMAL_GROUP", "12", 2013),
            org("Fény Közösségi Egyesület", "ASSOCIATION", "12", 2010),
            org("Mátraalji Cigány Kulturális Egyesület", "ASSOCIATION", "12", 2007),
            org("Szomszédság Szolgáltató Nonprofit Kft.", "NONPROFIT_COMPANY", "12", 2011),
            org("Hídépítők Csoportja", "INFORMAL_GROUP", "12", 2013),
            org("Tanoda Barátai Alapítvány", "FOUNDATION", "12", 2005),
            org("Anyák Klubja", "INFORMAL_GROUP", "12", 2012),
            org("Új Út Roma Közösségi Egyesület", "ASSOCIATION", "12", 2009),
            org("Ormánsági Roma Asszonyok Egyesülete", "ASSOCIATION", "02", 2008),
            org("Dráva-menti Fiatalok Csoportja", "INFORMAL_GROUP", "02", 2013),
            org("Beás Hagyományőrző Kör", "INFORMAL_GROUP", "02", 2010),
            org("Zengő Közösségi Alapítvány", "FOUNDATION", "02", 2004),
            org("Mecsekaljai Roma Nemzetiségi Egyesület", "MINORITY_SELF_GOVERNMENT", "02", 2006));

    private static final String[] MILESTONES = {"Működési rend elfogadása a tagsággal",
        "Éves cselekvési terv elkészítése", "Első saját pályázat beadása", "Helyi nyilvános bemutatkozó esemény"};
    private static final String[] TRAININGS = {"Szervezetfejlesztés: működés és döntéshozatal",
        "Tervezés és projektmenedzsment", "Forrásteremtés és pályázatírás", "Kommunikáció és médiamegjelenés",
        "Partnerség az önkormányzattal", "A helyi közösség bevonása"};

    private final JdbcTemplate jdbc;
    private final DemoOrganisationSeeding organisations;
    private final DemoActivitySeeding activities;
    private final Random random = new Random(2014);

    DemoCapacity(JdbcTemplate jdbc, DemoOrganisationSeeding organisations, DemoActivitySeeding activities) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.activities = activities;
    }

    private static Org org(String name, String kind, String county, int founded) {
        String focus = "INFORMAL_GROUP".equals(kind)
                ? "Helyi roma közösséget képviselő informális csoport: gyerekek, fiatalok és családok programjai."
                : "Roma közösségeket képviselő szervezet: tanulás, foglalkoztatás, hagyományőrzés és közösségi élet.";
        return new Org(name, kind, county, focus, LocalDate.of(founded, 3 + founded % 7, 1 + founded % 20));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM capacity_enrolment)", Boolean.class))) {
            return;
        }
        List<Long> programmes = jdbc.queryForList("SELECT id FROM programme WHERE name = ?", Long.class, PROGRAMME);
        if (programmes.isEmpty()) {
            return;
        }
        long programme = programmes.get(0);
        List<Long> nograd = jdbc.queryForList("""
                SELECT id FROM settlement WHERE county_code = '12' AND type IN ('VILLAGE', 'LARGE_VILLAGE', 'TOWN')
                ORDER BY id LIMIT 15""", Long.class);
        List<Long> baranya = jdbc.queryForList("""
                SELECT id FROM settlement WHERE county_code = '02' AND type IN ('VILLAGE', 'LARGE_VILLAGE', 'TOWN')
                ORDER BY id LIMIT 5""", Long.class);
        if (nograd.size() < 15 || baranya.size() < 5) {
            return;
        }
        List<long[]> enrolled = new ArrayList<>();
        int n = 0;
        int b = 0;
        for (Org o : ORGANISATIONS) {
            long seat = "12".equals(o.county()) ? nograd.get(n++) : baranya.get(b++);
            long id = organisations.organisation(o.name(), OrganisationKind.valueOf(o.kind()), o.county(), seat,
                    o.founded(), o.focus());
            LocalDate on = LocalDate.of(2014, 1, 13).plusDays(enrolled.size() * 3L);
            LocalDate left = enrolled.size() == 7 ? LocalDate.of(2015, 6, 30) : null;
            long enrolment = jdbc.queryForObject("""
                    INSERT INTO capacity_enrolment (programme_id, organisation_id, enrolled_on, left_on)
                    VALUES (?, ?, ?, ?) RETURNING id""", Long.class, programme, id, on, left);
            enrolled.add(new long[] {enrolment, id, seat, "12".equals(o.county()) ? 12 : 2});
            assess(enrolment, on.plusDays(20), left == null ? LocalDate.of(2015, 11, 16).plusDays(enrolled.size()) : null);
            milestones(enrolment);
        }
        trainingsAndMentoring(enrolled);
        initiatives(enrolled);
        targets(programme);
        LOG.info("Demo capacity-building programme: {} organisations enrolled", enrolled.size());
    }

    private void assess(long enrolment, LocalDate entryOn, LocalDate exitOn) {
        int[] entry = new int[6];
        for (int i = 0; i < 6; i++) {
            entry[i] = 1 + random.nextInt(2);
        }
        scores(enrolment, "ENTRY", entryOn, entry, "Belépéskor");
        if (exitOn == null) {
            return;
        }
        int[] exit = new int[6];
        for (int i = 0; i < 6; i++) {
            int step = random.nextInt(10);
            exit[i] = Math.max(1, Math.min(4, entry[i] + (step < 1 ? -1 : step < 4 ? 0 : step < 8 ? 1 : 2)));
        }
        scores(enrolment, "EXIT", exitOn, exit, "Kilépéskor");
    }

    private void scores(long enrolment, String stage, LocalDate on, int[] scores, String when) {
        long id = jdbc.queryForObject("""
                INSERT INTO capacity_assessment (enrolment_id, stage, assessed_on) VALUES (?, ?, ?) RETURNING id""",
                Long.class, enrolment, stage, on);
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            jdbc.update("INSERT INTO capacity_assessment_score (assessment_id, dimension, score, note) VALUES (?, ?, ?, ?)",
                    id, dimensions[i].name(), scores[i], scores[i] <= 1 ? when + ": még nem jellemző." : null);
        }
    }

    private void milestones(long enrolment) {
        LocalDate[] due = {LocalDate.of(2014, 6, 30), LocalDate.of(2014, 10, 31), LocalDate.of(2015, 5, 31),
            LocalDate.of(2015, 10, 15)};
        for (int i = 0; i < MILESTONES.length; i++) {
            int roll = random.nextInt(10);
            LocalDate done = roll < 6 ? due[i].minusDays(random.nextInt(40)) : roll < 8 ? due[i].plusDays(10 + random.nextInt(50))
                    : null;
            jdbc.update("INSERT INTO capacity_milestone (enrolment_id, title, due_on, done_on) VALUES (?, ?, ?, ?)",
                    enrolment, MILESTONES[i], due[i], done);
        }
    }

    /** Three trainings per county and year, and three mentoring consultations per organisation. */
    private void trainingsAndMentoring(List<long[]> enrolled) {
        for (String county : new String[] {"12", "02"}) {
            int code = Integer.parseInt(county);
            List<long[]> orgs = enrolled.stream().filter(e -> e[3] == code).toList();
            List<Long> workers = jdbc.queryForList(
                    "SELECT id FROM community_worker WHERE county_code = ? AND active ORDER BY id LIMIT 40", Long.class,
                    county);
            int t = 0;
            for (int year = 2014; year <= 2015; year++) {
                for (int k = 0; k < 3; k++) {
                    LocalDateTime start = LocalDateTime.of(year, 3 + k * 3, 8 + t, 9, 0);
                    long event = event("TRAINING", TRAININGS[t % TRAININGS.length], county, start, start.plusHours(7),
                            orgs.get(t % orgs.size())[2], 6, null);
                    for (int o = 0; o < orgs.size(); o++) {
                        for (int w = 0; w < 2 && o * 2 + w < workers.size(); w++) {
                            String presence = random.nextInt(8) == 0 ? "EXCUSED" : "PRESENT";
                            activities.attendance(event, workers.get(o * 2 + w), presence, orgs.get(o)[1]);
                        }
                    }
                    t++;
                }
            }
            for (long[] org : orgs) {
                for (int m = 0; m < 3; m++) {
                    LocalDateTime start = LocalDateTime.of(2014 + m / 2, 1 + (3 + m * 5) % 12, 3 + (int) (org[0] % 20), 14, 0);
                    event("CONSULTATION", "Mentorálás: " + TRAININGS[(int) ((org[0] + m) % TRAININGS.length)]
                            .toLowerCase(java.util.Locale.ROOT), county, start, start.plusMinutes(90), org[2], null, org[1]);
                }
            }
        }
    }

    private long event(String kind, String title, String county, LocalDateTime start, LocalDateTime end, long venue,
            Integer hours, Long organisation) {
        return activities.heldEvent(kind, title, "Kapacitásfejlesztés (Norvég Civil Alap)", county, start, end, venue,
                hours, "A Norvég Civil Alap által támogatott kapacitásfejlesztő program része.", organisation);
    }

    /** Five organisations run an initiative of their county that started in the programme's period. */
    private void initiatives(List<long[]> enrolled) {
        int linked = 0;
        for (long[] e : enrolled) {
            if (linked == 5) {
                return;
            }
            List<Long> found = jdbc.queryForList("""
                    SELECT i.id FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
                    WHERE s.county_code = ? AND i.status <> 'PLANNED' AND i.start_date BETWEEN DATE '2014-01-01' AND DATE '2015-12-31'
                      AND NOT EXISTS (SELECT 1 FROM organisation_initiative oi WHERE oi.initiative_id = i.id)
                    ORDER BY i.id LIMIT 1""", Long.class, e[3] == 12 ? "12" : "02");
            if (!found.isEmpty()) {
                organisations.runs(e[1], found.get(0));
                linked++;
            }
        }
    }

    private void targets(long programme) {
        jdbc.update("INSERT INTO programme_target_set (programme_id) VALUES (?)", programme);
        Object[][] rows = {{"ORGANISATIONS_ENROLLED", "12", 15}, {"ORGANISATIONS_ENROLLED", "02", 5},
            {"TRAININGS_HELD", null, 12}, {"TRAINING_HOURS", null, 72}, {"PARTICIPANTS", null, 35},
            {"MENTORING_SESSIONS", null, 60}, {"INITIATIVES_REALISED", null, 5}, {"OUTCOMES", null, 5}};
        for (Object[] r : rows) {
            jdbc.update("INSERT INTO programme_target (programme_id, indicator, county_code, target) VALUES (?, ?, ?, ?)",
                    programme, r[0], r[1], r[2]);
        }
    }
}
