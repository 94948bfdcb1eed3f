package hu.kozossegi.portal.activities.internal;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.shared.db.SqlArrays;
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
 * Demo events, attendance and exchange visits from 2004 to next year (DESIGN.md section 5): every county holds
 * workshops through the year, trainings twice a year, consultations and exchange visits (some across county
 * lines); the National Development Workshop meets every autumn. Uses the demo settlements and workers when
 * they exist. Only when the tables are empty; batch inserts with pre-allocated ids, so start-up stays fast.
 */
@Component
@Profile("demo")
@Order(40)
class DemoActivities implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoActivities.class);
    private static final int FIRST_YEAR = 2004;
    private static final String[] WORKSHOP_TOPICS = {"Helyi cselekvési programok tervezése",
        "Közösségi igényfelmérés módszerei", "Önkéntesek bevonása és megtartása", "Lakótelepi közösségépítés",
        "Civil szervezetek alapítása", "Ifjúsági klubok indítása", "Szomszédsági programok",
        "Aprófalvak közösségi élete", "Pályázatírás közösségeknek", "Esetmegbeszélés: elakadt kezdeményezések"};
    private static final String[] TRAINING_TOPICS = {"Közösségfejlesztő alapképzés", "Moderálás és facilitáció",
        "Konfliktuskezelés a helyi közösségben", "Közösségi felmérés és adatgyűjtés"};
    private static final String[] CONSULTATION_TOPICS = {"Egyéni konzultáció: cselekvési terv",
        "Egyéni konzultáció: pályázat", "Egyéni konzultáció: önkéntes csoport"};
    private static final String[] PURPOSES = {"A közösségi kert működésének megismerése",
        "Az önsegítő csoport módszerének átvétele", "Falunap szervezése a lakosokkal",
        "Lakótelepi szomszédsági program tapasztalatai", "Ifjúsági klub indítása", "Helyi termékpiac szervezése"};
    /** Venue addresses, taken in turn (not from the random sequence, which would change every other pick). */
    private static final String[] VENUES = {"Művelődési ház, Fő utca 12.", "Közösségi ház, Kossuth Lajos utca 3.",
        "Polgármesteri hivatal, díszterem, Petőfi Sándor utca 1.", "Faluház, Rákóczi út 25.",
        "Városi könyvtár, Szabadság tér 2.", "Általános iskola, aula, Arany János utca 8."};
    private static final String[] PRESENCE = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT",
        "PRESENT", "PRESENT", "ABSENT", "EXCUSED"};

    private final JdbcTemplate jdbc;
    private final Counties counties;
    private final Random random = new Random(2004);
    private int addressTurn;

    DemoActivities(JdbcTemplate jdbc, Counties counties) {
        this.jdbc = jdbc;
        this.counties = counties;
    }

    private record EventRow(long id, String kind, String title, String topic, String county, Instant start,
            Instant end, Long venue, String address, Long facilitator, Integer hours, String status, String reason) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM activity_event)", Boolean.class))) {
            return;
        }
        long started = System.nanoTime();
        Map<String, List<Long>> settlements = idsByCounty("SELECT county_code, id FROM settlement ORDER BY id");
        Map<String, List<Long>> workers = idsByCounty(
                "SELECT county_code, id FROM community_worker WHERE active ORDER BY id");
        Map<String, List<Long>> developers = idsByCounty(
                "SELECT county_code, id FROM user_account WHERE role = 'COUNTY_DEVELOPER' AND active ORDER BY id");
        // The national office runs the national workshops: its first account facilitates them.
        Long office = jdbc.query("SELECT id FROM user_account WHERE role = 'NATIONAL_OFFICE' AND active ORDER BY id"
                + " LIMIT 1", rs -> rs.next() ? rs.getLong(1) : null);
        int lastYear = LocalDate.now(EventRules.ZONE).getYear() + 1;
        Instant now = Instant.now();
        List<EventRow> events = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= lastYear; year++) {
            for (County county : counties.all()) {
                planCountyYear(year, county.code(), settlements, developers, now, events);
            }
            events.add(nationalWorkshop(year, settlements, office, now));
        }
        long[] ids = nextIds("activity_event_id_seq", events.size());
        for (int i = 0; i < events.size(); i++) {
            attend(ids[i], events.get(i), workers, now, attendance);
        }
        insertEvents(ids, events);
        // One statement per table (arrays unnested in PostgreSQL): far faster than row-by-row batches.
        jdbc.update("""
                INSERT INTO event_attendance (event_id, worker_id, presence)
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS text[]))""",
                SqlArrays.column(attendance, 0, Long[]::new), SqlArrays.column(attendance, 1, Long[]::new),
                SqlArrays.column(attendance, 2, String[]::new));
        int visits = visits(lastYear, settlements, workers);
        linkInitiatives();
        LOG.info("Demo activities: {} events, {} attendance rows, {} exchange visits in {} ms", events.size(),
                attendance.size(), visits, (System.nanoTime() - started) / 1_000_000);
    }

    private void planCountyYear(int year, String county, Map<String, List<Long>> settlements,
            Map<String, List<Long>> developers, Instant now, List<EventRow> out) {
        Long facilitator = pick(developers.get(county));
        for (int month : new int[] {2, 5, 9, 11}) {
            LocalDateTime start = weekday(year, month, 10);
            out.add(event("WORKSHOP", "Szakmai műhely: " + pickOf(WORKSHOP_TOPICS), county, start,
                    start.plusHours(4), pick(settlements.get(county)), facilitator, null, now));
        }
        for (int month : new int[] {3, 10}) {
            LocalDateTime start = weekday(year, month, 9);
            out.add(event("TRAINING", pickOf(TRAINING_TOPICS), county, start, start.plusDays(1).plusHours(7),
                    pick(settlements.get(county)), facilitator, 12, now));
        }
        int consultations = 1 + random.nextInt(2);
        for (int i = 0; i < consultations; i++) {
            LocalDateTime start = weekday(year, 1 + random.nextInt(12), 14);
            out.add(event("CONSULTATION", pickOf(CONSULTATION_TOPICS), county, start, start.plusMinutes(90),
                    pick(settlements.get(county)), facilitator, null, now));
        }
    }

    private EventRow nationalWorkshop(int year, Map<String, List<Long>> settlements, Long office, Instant now) {
        LocalDateTime start = weekday(year, 10, 10).withHour(10);
        Long venue = pick(settlements.get("01"));
        return event("WORKSHOP", "Országos Fejlesztési Műhely " + year, null, start, start.plusDays(1).plusHours(6),
                venue, office, null, now);
    }

    private EventRow event(String kind, String title, String county, LocalDateTime start, LocalDateTime end,
            Long venue, Long facilitator, Integer hours, Instant now) {
        Instant startsAt = start.atZone(EventRules.ZONE).toInstant();
        String status = "SCHEDULED";
        String reason = null;
        if (startsAt.isBefore(now)) {
            boolean cancelled = random.nextInt(25) == 0;
            status = cancelled ? "CANCELLED" : "HELD";
            reason = cancelled ? "Az előadó megbetegedett; az eseményt később pótoljuk." : null;
        }
        String address = venue == null ? null : VENUES[addressTurn++ % VENUES.length];
        return new EventRow(0, kind, title, null, county, startsAt, end.atZone(EventRules.ZONE).toInstant(), venue,
                address, facilitator, hours, status, reason);
    }

    private void attend(long eventId, EventRow e, Map<String, List<Long>> workers, Instant now, List<Object[]> out) {
        if ("CANCELLED".equals(e.status())) {
            return;
        }
        List<Long> pool = e.county() == null ? allWorkers(workers) : workers.getOrDefault(e.county(), List.of());
        if (pool.isEmpty()) {
            return;
        }
        int wanted = switch (e.kind()) {
            case "CONSULTATION" -> 1 + random.nextInt(2);
            case "TRAINING" -> 8 + random.nextInt(6);
            default -> e.county() == null ? 40 + random.nextInt(20) : 5 + random.nextInt(5);
        };
        boolean past = e.start().isBefore(now);
        for (Long worker : sample(pool, wanted)) {
            out.add(new Object[] {eventId, worker, past ? pickOf(PRESENCE) : null});
        }
    }

    private int visits(int lastYear, Map<String, List<Long>> settlements, Map<String, List<Long>> workers) {
        List<String> codes = counties.all().stream().map(County::code).filter(c -> settlements.containsKey(c))
                .toList();
        if (codes.isEmpty()) {
            return 0;
        }
        List<Object[]> visits = new ArrayList<>();
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> travellers = new ArrayList<>();
        LocalDate today = LocalDate.now(EventRules.ZONE);
        List<long[]> planned = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= lastYear; year++) {
            for (String county : codes) {
                int count = 2 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    planned.add(new long[] {year, Long.parseLong(county)});
                }
            }
        }
        long[] ids = nextIds("exchange_visit_id_seq", planned.size());
        for (int i = 0; i < planned.size(); i++) {
            int year = (int) planned.get(i)[0];
            String county = String.format("%02d", planned.get(i)[1]);
            LocalDate date = LocalDate.of(year, 3 + random.nextInt(8), 1 + random.nextInt(28));
            // A third of the visits cross county lines: the group comes from another county.
            String guestCounty = random.nextInt(3) == 0 ? codes.get(random.nextInt(codes.size())) : county;
            Long host = pick(settlements.get(county));
            List<Long> guests = new ArrayList<>(sample(settlements.get(guestCounty), 1 + random.nextInt(2)));
            guests.remove(host);
            if (guests.isEmpty()) {
                continue;
            }
            boolean past = date.isBefore(today);
            String followUp = past ? new String[] {"YES", "NO", "IN_PROGRESS", null}[random.nextInt(4)] : null;
            // One past visit in thirteen fell through (chosen by id, so the random sequence stays as it was).
            boolean cancelled = past && ids[i] % 13 == 0;
            String status = cancelled ? "CANCELLED" : past ? "HELD" : "PLANNED";
            visits.add(new Object[] {ids[i], Date.valueOf(date), status, county, host, pickOf(PURPOSES),
                past && !cancelled ? "A látogatók megismerték a fogadó közösség módszerét és kapcsolatot építettek."
                        : null,
                random.nextInt(15), cancelled ? null : followUp,
                "YES".equals(followUp) && !cancelled ? Date.valueOf(date.plusMonths(4)) : null});
            for (Long guest : guests) {
                parties.add(new Object[] {ids[i], guest});
            }
            for (Long worker : sample(workers.getOrDefault(guestCounty, List.of()), 2 + random.nextInt(3))) {
                travellers.add(new Object[] {ids[i], worker});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO exchange_visit (id, visit_date, status, county_code, host_settlement_id, purpose, learned,
                    other_participants, follow_up, follow_up_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", visits);
        jdbc.batchUpdate("INSERT INTO exchange_visit_party (visit_id, settlement_id) VALUES (?, ?)", parties);
        jdbc.batchUpdate("INSERT INTO exchange_visit_worker (visit_id, worker_id) VALUES (?, ?)", travellers);
        return visits.size();
    }

    /**
     * Links two thirds of the consultations to an initiative of their county already started, half of the visits
     * to an initiative of the host settlement and a third to one of a visiting settlement: set-based statements
     * after the inserts (the demo initiatives are in place, order 30).
     */
    private void linkInitiatives() {
        jdbc.update("""
                UPDATE activity_event e SET initiative_id = pick.initiative_id FROM (
                    SELECT DISTINCT ON (c.id) c.id, i.id AS initiative_id
                    FROM activity_event c
                    JOIN (initiative i JOIN settlement s ON s.id = i.primary_settlement_id)
                        ON s.county_code = c.county_code
                    WHERE c.kind = 'CONSULTATION' AND c.id % 3 <> 0
                      AND (i.start_date IS NULL OR i.start_date <= CAST(c.starts_at AS date))
                    ORDER BY c.id, (i.id * 7919 + c.id * 104729) % 1000003, i.id) pick
                WHERE e.id = pick.id""");
        jdbc.update("""
                UPDATE exchange_visit v SET host_initiative_id = (
                    SELECT i.id FROM initiative i WHERE i.primary_settlement_id = v.host_settlement_id
                      AND (i.start_date IS NULL OR i.start_date <= v.visit_date)
                    ORDER BY i.start_date DESC NULLS LAST, i.id LIMIT 1)
                WHERE v.id % 2 = 0""");
        jdbc.update("""
                INSERT INTO exchange_visit_party (visit_id, initiative_id)
                SELECT DISTINCT ON (p.visit_id) p.visit_id, i.id
                FROM exchange_visit_party p JOIN exchange_visit v ON v.id = p.visit_id
                JOIN initiative i ON i.primary_settlement_id = p.settlement_id
                    AND (i.start_date IS NULL OR i.start_date <= v.visit_date)
                WHERE p.visit_id % 3 = 0 AND i.id IS DISTINCT FROM v.host_initiative_id
                ORDER BY p.visit_id, i.id""");
    }

    private void insertEvents(long[] ids, List<EventRow> events) {
        Object[][] columns = new Object[13][];
        columns[0] = Arrays.stream(ids).boxed().toArray(Long[]::new);
        columns[1] = events.stream().map(EventRow::kind).toArray(String[]::new);
        columns[2] = events.stream().map(EventRow::title).toArray(String[]::new);
        columns[3] = events.stream().map(EventRow::topic).toArray(String[]::new);
        columns[4] = events.stream().map(EventRow::county).toArray(String[]::new);
        columns[5] = events.stream().map(e -> e.start().toString()).toArray(String[]::new);
        columns[6] = events.stream().map(e -> e.end().toString()).toArray(String[]::new);
        columns[7] = events.stream().map(EventRow::venue).toArray(Long[]::new);
        columns[8] = events.stream().map(EventRow::facilitator).toArray(Long[]::new);
        columns[9] = events.stream().map(EventRow::hours).toArray(Integer[]::new);
        columns[10] = events.stream().map(EventRow::status).toArray(String[]::new);
        columns[11] = events.stream().map(EventRow::reason).toArray(String[]::new);
        columns[12] = events.stream().map(EventRow::address).toArray(String[]::new);
        jdbc.update("""
                INSERT INTO activity_event (id, kind, title, topic, county_code, starts_at, ends_at,
                    venue_settlement_id, facilitator_user_id, training_hours, status, cancel_reason, venue_address)
                SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                    CAST(? AS text[]), CAST(CAST(? AS text[]) AS timestamptz[]), CAST(CAST(? AS text[]) AS timestamptz[]),
                    CAST(? AS bigint[]),
                    CAST(? AS bigint[]), CAST(? AS integer[]), CAST(? AS text[]), CAST(? AS text[]),
                    CAST(? AS text[]))""",
                (Object[]) columns);
    }

    private Map<String, List<Long>> idsByCounty(String sql) {
        Map<String, List<Long>> byCounty = new HashMap<>();
        jdbc.query(sql, rs -> {
            byCounty.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return byCounty;
    }

    private long[] nextIds(String sequence, int count) {
        return jdbc.queryForList("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)", Long.class, count)
                .stream().mapToLong(Long::longValue).toArray();
    }

    private static List<Long> allWorkers(Map<String, List<Long>> workers) {
        return workers.values().stream().flatMap(List::stream).toList();
    }

    private LocalDateTime weekday(int year, int month, int hour) {
        LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(26))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return day.atTime(hour, 0);
    }

    private Long pick(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private String pickOf(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private Set<Long> sample(List<Long> pool, int wanted) {
        Set<Long> chosen = new LinkedHashSet<>();
        int n = Math.min(wanted, pool.size());
        while (chosen.size() < n) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return chosen;
    }
}
