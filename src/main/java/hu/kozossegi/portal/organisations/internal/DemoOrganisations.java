package hu.kozossegi.portal.organisations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisations (fictional names): one for every demo outcome "civil organisation founded", born from its
 * initiative, and four more per county (informal groups, a foundation, a local minority self-government) running
 * one of the county's initiatives. Runs once: not when an outcome already has its organisation.
 */
@Component
@Profile("demo")
@Order(35)
class DemoOrganisations implements ApplicationRunner {

    private static final String[][] FOUNDED = {{"Jövőjéért Egyesület", "ASSOCIATION"},
        {"Fejlődéséért Alapítvány", "FOUNDATION"}, {"Közösségéért Egyesület", "ASSOCIATION"},
        {"Gyermekeiért Alapítvány", "FOUNDATION"}, {"Hagyományaiért Egyesület", "ASSOCIATION"},
        {"Faluszépítő Egyesület", "ASSOCIATION"}};
    private static final String[][] MORE = {{"Baba-mama Kör", "INFORMAL_GROUP", "Kisgyermekes szülők hetente"
        + " találkoznak, egymást segítik, játszóházat tartanak."},
        {"Ifjúsági Csoport", "INFORMAL_GROUP", "Fiatalok szabadidős programjai, tanulókör és sportnap a faluban."},
        {"Közösségi Ház Nonprofit Kft.", "NONPROFIT_COMPANY", "A közösségi ház működtetése, képzések és"
        + " rendezvények szervezése."},
        {"Roma Nemzetiségi Önkormányzat", "MINORITY_SELF_GOVERNMENT", "A helyi roma közösség képviselete,"
        + " tanoda és kulturális programok a közösség kezdeményezésére."}};
    private static final String[] FOCUS = {"A település közösségi életének szervezése, rendezvények és kalákák.",
        "Helyi termékek piaca, a termelők és a vásárlók összekötése.",
        "Idősek segítése, szomszédsági segítő hálózat működtetése.",
        "Gyerekek és fiatalok délutáni programjai, tanulás segítése.",
        "A falu hagyományainak ápolása, néptánc és helytörténeti gyűjtés."};
    private static final String[] FAMILY = {"Kovács", "Szabó", "Horváth", "Varga", "Molnár", "Farkas", "Balogh",
        "Lakatos", "Orsós", "Fekete"};
    private static final String[] GIVEN = {"Anna", "Gábor", "Zsófia", "Péter", "Katalin", "Zoltán", "Ildikó",
        "Csaba", "Éva", "Tünde"};

    private final JdbcTemplate jdbc;

    DemoOrganisations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM organisation WHERE founded_outcome_id IS NOT NULL)", Boolean.class))) {
            return;
        }
        Random random = new Random(2017);
        List<Map<String, Object>> outcomes = jdbc.queryForList("""
                SELECT o.id, o.initiative_id, o.achieved_on, s.id AS settlement_id, s.name AS settlement_name,
                       s.county_code
                FROM initiative_outcome o JOIN initiative i ON i.id = o.initiative_id
                JOIN settlement s ON s.id = i.primary_settlement_id
                WHERE o.type = 'CIVIL_ORGANISATION' ORDER BY o.id""");
        for (Map<String, Object> outcome : outcomes) {
            String[] name = FOUNDED[random.nextInt(FOUNDED.length)];
            long id = insert(outcome.get("settlement_name") + " " + name[0], name[1], outcome.get("county_code"),
                    outcome.get("settlement_id"), ((java.sql.Date) outcome.get("achieved_on")).toLocalDate(),
                    FOCUS[random.nextInt(FOCUS.length)], outcome.get("id"), random);
            jdbc.update("INSERT INTO organisation_initiative VALUES (?, ?, 'BORN_FROM') ON CONFLICT DO NOTHING", id,
                    outcome.get("initiative_id"));
        }
        for (String county : jdbc.queryForList("SELECT code FROM county ORDER BY code", String.class)) {
            List<Map<String, Object>> initiatives = jdbc.queryForList("""
                    SELECT i.id, s.id AS settlement_id, s.name AS settlement_name FROM initiative i
                    JOIN settlement s ON s.id = i.primary_settlement_id
                    WHERE s.county_code = ? AND i.status <> 'PLANNED' AND s.type <> 'HOUSING_ESTATE'
                    ORDER BY i.id LIMIT 40""", county);
            if (initiatives.isEmpty()) {
                continue;
            }
            for (String[] more : MORE) {
                Map<String, Object> initiative = initiatives.get(random.nextInt(initiatives.size()));
                long id = insert(initiative.get("settlement_name") + " " + more[0], more[1], county,
                        initiative.get("settlement_id"), LocalDate.of(2006 + random.nextInt(15), 1 + random.nextInt(12),
                                1 + random.nextInt(28)), more[2], null, random);
                jdbc.update("INSERT INTO organisation_initiative VALUES (?, ?, 'RUNS') ON CONFLICT DO NOTHING", id,
                        initiative.get("id"));
            }
        }
    }

    private long insert(String name, String kind, Object county, Object seat, LocalDate founded, String focus,
            Object outcome, Random random) {
        String family = FAMILY[random.nextInt(FAMILY.length)];
        String given = GIVEN[random.nextInt(GIVEN.length)];
        List<Object> values = new ArrayList<>(List.of(name, kind, county, seat, founded, focus,
                family + " " + given, ascii(family + "." + given).toLowerCase() + "@example.hu",
                "+36 30 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000)), random.nextInt(10) > 0));
        values.add(outcome);
        return jdbc.queryForObject("""
                INSERT INTO organisation (name, kind, county_code, seat_settlement_id, founded_on, focus, contact_name,
                    contact_email, contact_phone, active, founded_outcome_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, values.toArray());
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
