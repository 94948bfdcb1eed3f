package hu.kozossegi.portal.practices.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 30 demo good practices in every state (18 accredited), drawn from demo initiatives across the counties;
 * only in the demo profile, only when no practice exists and initiatives do.
 */
@Component
@Profile("demo")
@Order(50)
class DemoPractices implements ApplicationRunner {

    private static final String[] TITLES = {
        "Közösségi kert a faluközpontban", "Idősek délutánja – generációk találkozója", "Falugondnoki önkéntes hálózat",
        "Lakótelepi lépcsőházi klubok", "Közös kemence, közös kenyér", "Helyi termelői piac szervezése",
        "Ifjúsági klub önkormányzati támogatással", "Szomszédsági segítő kör", "Roma és nem roma családok közös táborai",
        "Falumúzeum a lakók emlékeiből", "Kerékpáros iskolába járás közösen", "Önsegítő csoport munkanélkülieknek",
        "Tanoda önkéntes egyetemistákkal", "Faluszépítő hétvégék", "Civil egyesület alapítása lépésről lépésre",
        "Közösségi felmérés kérdőívvel és kerekasztallal", "Játszótér-építés a szülők összefogásával",
        "Helyi újság a lakók írásaiból", "Hagyományőrző kézműves műhely", "Közösségi busz a tanyákon élőknek",
        "Lakossági fórum a településfejlesztésről", "Babaklub fiatal anyáknak", "Cserebere-nap a művelődési házban",
        "Önkéntes tűzifaprogram", "Ünnepek közös szervezése", "Digitális segítség időseknek fiataloktól",
        "Közösségi főzés a helyi alapanyagokból", "Patakparti szemétszedés és tanösvény", "Nyári napközi önkéntesekkel",
        "Kulturális est a lakótelep tetőteraszán"
    };
    private static final String[] STATES = {
        "ACCREDITED", "ACCREDITED", "SUBMITTED", "ACCREDITED", "RETURNED", "ACCREDITED", "DRAFT", "ACCREDITED",
        "ACCREDITED", "REJECTED", "ACCREDITED", "SUBMITTED", "ACCREDITED", "ACCREDITED", "RETURNED", "ACCREDITED",
        "DRAFT", "ACCREDITED", "ACCREDITED", "SUBMITTED", "ACCREDITED", "ACCREDITED", "REJECTED", "ACCREDITED",
        "SUBMITTED", "ACCREDITED", "DRAFT", "ACCREDITED", "RETURNED", "SUBMITTED"
    };

    private record Source(long id, String title, String countyCode, long settlementId, String settlementName) {
    }

    private final JdbcClient jdbc;

    DemoPractices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM practice)").query(Boolean.class).single()) {
            return;
        }
        // Spread over the counties: the first initiatives of each county in turn, those that have run longest.
        List<Source> sources = jdbc.sql("""
                SELECT id, title, county_code, settlement_id, settlement_name FROM (
                    SELECT i.id, i.title, s.county_code, s.id AS settlement_id, s.name AS settlement_name,
                           row_number() OVER (PARTITION BY s.county_code ORDER BY i.start_date, i.id) AS n
                    FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
                    WHERE i.status <> 'PLANNED' AND i.start_date IS NOT NULL) x
                ORDER BY n, county_code LIMIT 30""").query(RecordRows.of(Source.class)).list();
        int year = LocalDate.now().getYear();
        for (int i = 0; i < sources.size(); i++) {
            insert(sources.get(i), i, year);
        }
    }

    private void insert(Source src, int i, int year) {
        String state = STATES[i % STATES.length];
        String title = TITLES[i % TITLES.length];
        boolean accredited = "ACCREDITED".equals(state);
        LocalDate accreditedOn = accredited ? LocalDate.of(year - (i % 6), 1 + (i * 5) % 12, 1 + (i * 7) % 27) : null;
        if (accreditedOn != null && accreditedOn.isAfter(LocalDate.now())) {
            accreditedOn = LocalDate.now().minusDays(i + 1);
        }
        OffsetDateTime created = OffsetDateTime.of(year - (i % 6), 1 + (i * 5) % 12, 1, 9, 0, 0, 0, ZoneOffset.UTC)
                .minusMonths(2);
        long id = jdbc.sql("""
                INSERT INTO practice (initiative_id, county_code, settlement_id, title, summary, problem, method,
                    requirements, results, pitfalls, transferability, contact_name, contact_role, contact_email,
                    contact_phone, contact_consent, status, accredited_on, accreditation_number, rejection_reason,
                    proposed_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, 'demo', ?, ?) RETURNING id""")
                .params(src.id(), src.countyCode(), src.settlementId(), title,
                        title + ": " + src.settlementName() + " lakói kipróbálták, és működik. A módszer a(z) „"
                                + src.title() + "” kezdeményezésből nőtt ki.",
                        "A településen kevés alkalom volt arra, hogy a lakók megismerjék egymást és közösen tegyenek valamit.",
                        "1. Beszélgetések a lakókkal, igényfelmérés.\n2. Kis csoport alakul, amely vállalja a szervezést.\n"
                                + "3. Az első közös alkalom megtartása.\n4. Rendszeressé tétel, felelősök kijelölése.",
                        "3-5 elkötelezett önkéntes, egy közösségi tér, évi 150-300 ezer forint, fél év előkészítés.",
                        "Rendszeresen összejáró csoport alakult, a résztvevők száma egy év alatt megduplázódott.",
                        "Ne egy emberen múljon a szervezés; a nyári időszakban kevesebben érnek rá.",
                        "Kis- és közepes településeken, lakótelepeken, ahol van közösségi helyiség.",
                        "Kapcsolattartó " + (i + 1), "helyi koordinátor", "kapcsolat" + (i + 1) + "@pelda-egyesulet.hu",
                        null, state, accreditedOn, accredited ? String.format("RP-%d/%03d", accreditedOn.getYear(), i + 1) : null,
                        "REJECTED".equals(state) ? "A módszer túl szorosan kötődik egyetlen helyszínhez, nehezen vehető át." : null,
                        created, created.plusMonths(1))
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO practice_theme (practice_id, theme_code)
                SELECT ?, theme_code FROM initiative_theme WHERE initiative_id = ?
                UNION SELECT ?, 'COMMUNITY_BUILDING'""").params(id, src.id(), id).update();
        transitions(id, state, created);
    }

    private void transitions(long id, String state, OffsetDateTime created) {
        record Step(String from, String to, String actor, String name, int days, String comment) {
        }
        List<Step> steps = new java.util.ArrayList<>();
        steps.add(new Step(null, "DRAFT", "demo", "Demó javaslattevő", 0, null));
        if (!"DRAFT".equals(state)) {
            steps.add(new Step("DRAFT", "SUBMITTED", "demo", "Demó javaslattevő", 7, null));
        }
        if ("RETURNED".equals(state) || "ACCREDITED".equals(state)) {
            steps.add(new Step("SUBMITTED", "RETURNED", "national", "Nagy Ilona", 14,
                    "Kérjük, írják le részletesebben a költségeket és a szükséges időt."));
        }
        if ("ACCREDITED".equals(state)) {
            steps.add(new Step("RETURNED", "SUBMITTED", "demo", "Demó javaslattevő", 21, "Kiegészítettük."));
            steps.add(new Step("SUBMITTED", "ACCREDITED", "national", "Nagy Ilona", 28, null));
        }
        if ("REJECTED".equals(state)) {
            steps.add(new Step("SUBMITTED", "REJECTED", "national", "Nagy Ilona", 20,
                    "A módszer túl szorosan kötődik egyetlen helyszínhez, nehezen vehető át."));
        }
        for (Step s : steps) {
            jdbc.sql("""
                    INSERT INTO practice_transition (practice_id, from_status, to_status, actor, actor_name, at, comment)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, s.from(), s.to(), s.actor(), s.name(), created.plusDays(s.days()), s.comment()).update();
        }
    }
}
