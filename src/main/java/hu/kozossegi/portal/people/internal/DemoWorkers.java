package hu.kozossegi.portal.people.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import hu.kozossegi.portal.shared.db.SqlArrays;
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
        // Collected and inserted in one statement (a statement per row cost a round trip each, 600 of them).
        List<Object[]> rows = new ArrayList<>();
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
                String joined = LocalDate.of(2004, 3, 1).plusDays(random.nextInt(365 * 20)).toString();
                rows.add(new Object[] {name, county, settlement == null ? null : (Long) settlement[0],
                    volunteer ? "VOLUNTEER" : "PROFESSIONAL", organisation, email, phone,
                    random.nextInt(100) < 85, joined});
            }
        }
        // Ids in the order of the rows, as when they were inserted one by one.
        jdbc.sql("""
                INSERT INTO community_worker (full_name, county_code, settlement_id, kind, organisation, email, phone,
                                              active, joined_on)
                SELECT full_name, county_code, settlement_id, kind, organisation, email, phone, active, joined_on
                FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]),
                            CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS boolean[]),
                            CAST(? AS date[]))
                     WITH ORDINALITY AS r (full_name, county_code, settlement_id, kind, organisation, email, phone,
                                           active, joined_on, position)
                ORDER BY position""")
                .param(1, SqlArrays.column(rows, 0, String[]::new)).param(2, SqlArrays.column(rows, 1, String[]::new))
                .param(3, SqlArrays.column(rows, 2, Long[]::new)).param(4, SqlArrays.column(rows, 3, String[]::new))
                .param(5, SqlArrays.column(rows, 4, String[]::new)).param(6, SqlArrays.column(rows, 5, String[]::new))
                .param(7, SqlArrays.column(rows, 6, String[]::new)).param(8, SqlArrays.column(rows, 7, Boolean[]::new))
                .param(9, SqlArrays.column(rows, 8, String[]::new))
                .update();
    }

    private static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace(' ', '.');
    }
}
