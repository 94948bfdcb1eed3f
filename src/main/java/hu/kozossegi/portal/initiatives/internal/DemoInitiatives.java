package hu.kozossegi.portal.initiatives.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo initiatives (DESIGN.md section 5): 10-15 per county from 2004, another wave in 2005 weighted to the
 * small-village counties, model programmes in three micro-regions, a few a year since. Runs only when there are
 * no initiatives yet, against whatever settlements and workers exist (none: nothing to do).
 */
@Component
@Profile("demo")
@Order(30)
class DemoInitiatives implements ApplicationRunner {

    private static final Set<String> SMALL_VILLAGE_COUNTIES = Set.of("15", "05", "14", "02", "20");
    private static final String[] TITLES = {"Közösségi kert", "Falumúzeum és helytörténeti kör", "Ifjúsági klub",
        "Idősek nappali találkozói", "Baba-mama kör", "Helyi termékek piaca", "Faluszépítő kaláka",
        "Szomszédsági segítő hálózat", "Roma fiatalok tanulókörök", "Falukönyvtár újranyitása", "Játszótér-építés",
        "Lakótelepi udvarközösség", "Néptánccsoport", "Közös főzés és élelmiszerbank", "Faluújság",
        "Önkéntes tűzoltó egyesület", "Kerékpáros közösség", "Civil kerekasztal", "Hagyományőrző egyesület",
        "Tanyagondnoki hálózat"};
    private static final String[] NEEDS = {
        "A lakók szerint nincs hol találkozniuk: a kultúrház évek óta zárva, a fiatalok elköltöznek.",
        "Az idősek egyedül élnek, a bolt bezárt, a bevásárlás és az orvoshoz jutás gond.",
        "A telepen élő családok gyerekei délutánonként felügyelet nélkül vannak.",
        "A helyi termelők nem tudják eladni a terményüket, a faluban nincs piac.",
        "A lakótelep udvara elhanyagolt, a lakók nem ismerik egymást."};
    private static final String[] PLANS = {
        "Lakossági fórum, kérdőíves felmérés, majd munkacsoportok alakítása és havi közös program.",
        "A helyi önkormányzattal közösen helyiség keresése, önkéntesek toborzása, heti klubnap indítása.",
        "Pályázat benyújtása, kaláka szervezése, a fenntartás rendjének közös kialakítása.",
        "Tapasztalatcsere-látogatás egy hasonló településre, majd saját program kidolgozása."};
    private static final String[] NOTES = {"Jól halad, a havi találkozókon 20-25 fő vesz részt.",
        "Az önkormányzat helyiséget adott, a felújítás elkezdődött.",
        "Új önkéntesek csatlakoztak, a fiatalok is bekapcsolódtak.",
        "A pályázat eredményére várunk; addig saját erőből folytatjuk.",
        "Nehézség: a vezető önkéntes elköltözött, új koordinátort keresünk."};
    private static final String[] OUTCOMES = {"Nyugdíjasklub", "Önsegítő csoport", "Önkéntes takarítási nap",
        "Utcabál", "Egyesület megalakult", "Közösségi kert"};
    private static final String[] OUTCOME_TYPES = {"CLUB", "SELF_HELP_GROUP", "VOLUNTEER_ACTIVITY",
        "NEIGHBOURHOOD_PROGRAMME", "CIVIL_ORGANISATION", "OTHER"};
    private static final String[] THEMES = {"COMMUNITY_BUILDING", "YOUTH", "ELDERLY", "ROMA_INCLUSION",
        "LOCAL_ECONOMY", "FOOD_SUPPLY", "LOCAL_INFRASTRUCTURE", "CULTURE_TRADITIONS", "ENVIRONMENT", "NEIGHBOURHOOD",
        "SELF_HELP", "VOLUNTEERING", "CIVIC_PARTICIPATION"};

    private final JdbcTemplate jdbc;
    private final Counties counties;

    DemoInitiatives(JdbcTemplate jdbc, Counties counties) {
        this.jdbc = jdbc;
        this.counties = counties;
    }

    record Place(long id, String name, String microRegion) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM initiative)", Boolean.class)) {
            return;
        }
        long network = programme("Közösségi Kezdeményezések Hálózata", "Országos iroda, minisztériumi támogatás",
                2004, null, "A hálózat alapprogramja: közösségi munkások támogatása minden megyében.");
        long norway = programme("Roma szervezetek és informális csoportok kapacitásfejlesztése", "Norvég Civil Alap",
                2014, 2015, "Kétéves projekt Nógrád és Baranya roma szervezeteinek és informális csoportjainak.");
        long transition = programme("Kis közösségek átmenetben", "Országos iroda",
                2018, 2020, "15-20 közösség osztja meg egymással jó gyakorlatait.");
        Map<String, List<Place>> places = jdbc.query("SELECT id, name, county_code, micro_region FROM settlement",
                (rs, n) -> Map.entry(rs.getString(3), new Place(rs.getLong(1), rs.getString(2), rs.getString(4))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<Long>> workers = jdbc.query("SELECT id, county_code FROM community_worker",
                (rs, n) -> Map.entry(rs.getString(2), rs.getLong(1))).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Random random = new Random(2004);
        Batch batch = new Batch();
        int now = LocalDate.now().getYear();
        for (County county : counties.all()) {
            List<Place> here = places.getOrDefault(county.code(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            List<Long> staff = workers.getOrDefault(county.code(), List.of());
            for (int year = 2004; year <= now; year++) {
                int count = year <= 2005 ? 10 + random.nextInt(6) : 2 + random.nextInt(3);
                if (year == 2005 && SMALL_VILLAGE_COUNTIES.contains(county.code())) {
                    count += 5;
                }
                Long programme = year <= 2005 ? Long.valueOf(network)
                        : year >= 2014 && year <= 2015 && (county.code().equals("12") || county.code().equals("02"))
                                ? Long.valueOf(norway) : year >= 2018 && year <= 2020 ? Long.valueOf(transition) : null;
                for (int k = 0; k < count; k++) {
                    Place place = here.get(random.nextInt(here.size()));
                    String title = TITLES[random.nextInt(TITLES.length)];
                    if (place.microRegion() != null && place.microRegion().matches("(?i).*(ózd|kiskunság|szentes).*")) {
                        title = title + " – modellprogram";
                    }
                    batch.add(random, place, here, staff, title + " – " + place.name(), year, now, programme);
                }
            }
        }
        batch.flush(jdbc);
    }

    private long programme(String name, String funder, int first, Integer last, String description) {
        return jdbc.queryForObject("INSERT INTO programme (name, funder, first_year, last_year, description)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id", Long.class, name, funder, first, last, description);
    }

    /** Rows collected in memory and written with a handful of batch statements. */
    private static final class Batch {
        final List<Object[]> initiatives = new ArrayList<>();
        final List<Object[]> settlements = new ArrayList<>();
        final List<Object[]> themes = new ArrayList<>();
        final List<Object[]> outcomes = new ArrayList<>();
        final List<Object[]> notes = new ArrayList<>();
        final List<Object[]> team = new ArrayList<>();
        final List<Object[]> funding = new ArrayList<>();
        long nextId = 1;

        void add(Random r, Place place, List<Place> county, List<Long> staff, String title, int year, int now,
                Long programme) {
            long id = nextId++;
            LocalDate start = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            if (start.isAfter(LocalDate.now())) {
                start = LocalDate.now().minusDays(r.nextInt(60));
            }
            int age = now - year;
            String status = age == 0 && r.nextInt(5) == 0 ? "PLANNED"
                    : age <= 2 ? "RUNNING" : switch (r.nextInt(4)) {
                        case 0 -> "RUNNING";
                        case 1 -> "SELF_SUSTAINING";
                        case 2 -> "CLOSED";
                        default -> "ABANDONED";
                    };
            LocalDate end = status.equals("CLOSED") || status.equals("ABANDONED")
                    ? start.plusMonths(12 + r.nextInt(36)) : null;
            if (end != null && end.isAfter(LocalDate.now())) {
                end = LocalDate.now();
            }
            Long lead = staff.isEmpty() ? null : staff.get(r.nextInt(staff.size()));
            initiatives.add(new Object[] {id, title, place.id(), programme, status,
                status.equals("PLANNED") ? null : start, end, lead, NEEDS[r.nextInt(NEEDS.length)],
                PLANS[r.nextInt(PLANS.length)], 8 + r.nextInt(110)});
            for (int i = r.nextInt(3); i > 0; i--) {
                Place other = county.get(r.nextInt(county.size()));
                if (other.id() != place.id()) {
                    settlements.add(new Object[] {id, other.id()});
                }
            }
            if (staff.size() > 1 && r.nextBoolean()) {
                long w = staff.get(r.nextInt(staff.size()));
                if (!Long.valueOf(w).equals(lead)) {
                    team.add(new Object[] {id, w});
                }
            }
            int t = r.nextInt(THEMES.length);
            themes.add(new Object[] {id, THEMES[t]});
            themes.add(new Object[] {id, THEMES[(t + 1 + r.nextInt(THEMES.length - 1)) % THEMES.length]});
            if (r.nextInt(3) == 0) {
                funding.add(new Object[] {id, 0, programme != null ? "Programtámogatás" : "Önkormányzati támogatás",
                    (1 + r.nextInt(20)) * 50_000L});
            }
            if (status.equals("PLANNED")) {
                return;
            }
            LocalDate last = end != null ? end : LocalDate.now();
            for (int i = r.nextInt(3); i > 0; i--) {
                int o = r.nextInt(OUTCOMES.length);
                outcomes.add(new Object[] {id, OUTCOME_TYPES[o], OUTCOMES[o], between(r, start, last)});
            }
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                notes.add(new Object[] {id, between(r, start, last), NOTES[r.nextInt(NOTES.length)]});
            }
        }

        private static LocalDate between(Random r, LocalDate from, LocalDate to) {
            long days = Math.max(0, to.toEpochDay() - from.toEpochDay());
            return from.plusDays(days == 0 ? 0 : r.nextLong(days + 1));
        }

        void flush(JdbcTemplate jdbc) {
            if (initiatives.isEmpty()) {
                return;
            }
            long base = jdbc.queryForObject("SELECT nextval('initiative_id_seq')", Long.class) - 1;
            initiatives.forEach(row -> row[0] = (Long) row[0] + base);
            List.of(settlements, themes, outcomes, notes, team, funding)
                    .forEach(rows -> rows.forEach(row -> row[0] = (Long) row[0] + base));
            jdbc.batchUpdate("INSERT INTO initiative (id, title, primary_settlement_id, programme_id, status,"
                    + " start_date, end_date, lead_worker_id, need_assessment, action_programme, resident_participants)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", initiatives);
            jdbc.execute("SELECT setval('initiative_id_seq', (SELECT max(id) FROM initiative))");
            jdbc.batchUpdate("INSERT INTO initiative_settlement VALUES (?, ?) ON CONFLICT DO NOTHING", settlements);
            jdbc.batchUpdate("INSERT INTO initiative_worker VALUES (?, ?) ON CONFLICT DO NOTHING", team);
            jdbc.batchUpdate("INSERT INTO initiative_theme VALUES (?, ?) ON CONFLICT DO NOTHING", themes);
            jdbc.batchUpdate("INSERT INTO initiative_funding (initiative_id, position, source, amount_huf)"
                    + " VALUES (?, ?, ?, ?)", funding);
            jdbc.batchUpdate("INSERT INTO initiative_outcome (initiative_id, type, name, achieved_on, created_by)"
                    + " VALUES (?, ?, ?, ?, 'demo')", outcomes);
            jdbc.batchUpdate("INSERT INTO progress_note (initiative_id, noted_on, text, author, author_name)"
                    + " VALUES (?, ?, ?, 'demo', 'Demó koordinátor')", notes);
        }
    }
}
