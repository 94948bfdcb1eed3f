package hu.kozossegi.portal.people.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** About 600 demo community workers, 30 per county, in that county's settlements; only when the table is empty. */
@Component
@Profile("demo")
@Order(20)
class DemoWorkers implements ApplicationRunner {

    private static final String[] FAMILY = {"Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár",
        "Németh", "Farkas", "Balogh", "Papp", "Takács", "Juhász", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz",
        "Fekete", "Szűcs", "Török", "Fehér", "Balázs", "Gál", "Kocsis", "Orsós", "Pintér", "Szalai", "Vörös", "Bíró"};
    private static final String[] GIVEN = {"Anna", "Gábor", "Zsófia", "Péter", "Erzsébet", "László", "Katalin",
        "Ödön", "Judit", "Zoltán", "Ildikó", "Csaba", "Éva", "György", "Orsolya", "Attila", "Mária", "Tamás",
        "Krisztina", "Béla", "Réka", "István", "Andrea", "Ferenc", "Ágnes", "József", "Tünde", "Sándor", "Enikő",
        "Imre"};
    private static final String[] ORGANISATIONS = {"Művelődési Ház", "Családsegítő Szolgálat", "Közösségi Ház",
        "Faluház", "Polgármesteri Hivatal", "Egyesület", "Könyvtár"};
    private static final String[] MOBILE = {"20", "30", "70"};

    private final JdbcClient jdbc;

    DemoWorkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM community_worker)").query(Boolean.class).single()) {
            return;
        }
        Random random = new Random(2004);
        List<String> counties = jdbc.sql("SELECT code FROM county ORDER BY code").query(String.class).list();
        int n = 0;
        for (String county : counties) {
            List<Object[]> settlements = jdbc.sql("""
                    SELECT id, name FROM settlement WHERE county_code = ? AND type <> 'COUNTY_CITY' ORDER BY id""")
                    .param(county).query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
            for (int i = 0; i < 30; i++, n++) {
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
                Object[] settlement = settlements.isEmpty() ? null : settlements.get(random.nextInt(settlements.size()));
                boolean volunteer = random.nextInt(10) < 6;
                String organisation = volunteer || settlement == null ? null
                        : settlement[1] + " " + ORGANISATIONS[random.nextInt(ORGANISATIONS.length)];
                String email = slug(name) + "." + n + "@example.hu";
                String phone = "+36 " + MOBILE[random.nextInt(MOBILE.length)] + " " + (100 + random.nextInt(900))
                        + " " + (1000 + random.nextInt(9000));
                LocalDate joined = LocalDate.of(2004, 3, 1).plusDays(random.nextInt(365 * 20));
                jdbc.sql("""
                        INSERT INTO community_worker (full_name, county_code, settlement_id, kind, organisation,
                                                      email, phone, active, joined_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(name, county, settlement == null ? null : settlement[0],
                                volunteer ? "VOLUNTEER" : "PROFESSIONAL", organisation, email, phone,
                                random.nextInt(100) < 85, joined)
                        .update();
            }
        }
    }

    private static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace(' ', '.');
    }
}
