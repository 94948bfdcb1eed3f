package hu.kozossegi.portal.initiatives.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.home.DashboardSection;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The county staff's panel: running initiatives of the county and those without a progress note for 90 days.
 * Two statements, each bounded by {@link #LIMIT} rows plus a total; both read the last note of every running
 * initiative of the county (about 1,000 at stress scale), so they are kept per county and day while the data
 * version (V71, progress notes since V95) is unchanged: one primary-key read per view.
 */
@Component
class InitiativesDashboard implements DashboardSection {

    static final int LIMIT = 10;
    static final int STALE_DAYS = 90;

    record Item(long id, String title, String settlementName, LocalDate startDate, LocalDate lastNote, long total) {
    }

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;
    private final Clock clock;

    InitiativesDashboard(JdbcClient jdbc, DataVersion dataVersion, Clock clock) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String fragment() {
        return "initiatives/dashboard :: panel";
    }

    @Override
    public Map<String, Object> model(PortalUser user) {
        if (user.countyCode() == null) {
            return Map.of();
        }
        // "Without a note for 90 days" counts from today in Budapest (the one clock), the key of the kept lists.
        LocalDate since = LocalDate.now(clock).minusDays(STALE_DAYS);
        List<List<Item>> lists = dataVersion.kept("initiatives-dashboard", List.of(user.countyCode(), since),
                () -> List.of(query(user.countyCode(), false, since), query(user.countyCode(), true, since)));
        List<Item> running = lists.get(0);
        List<Item> stale = lists.get(1);
        return Map.of("running", running, "runningTotal", running.isEmpty() ? 0 : running.get(0).total(),
                "stale", stale, "staleTotal", stale.isEmpty() ? 0 : stale.get(0).total(),
                "countyCode", user.countyCode(), "canCreate", user.role() == Role.COUNTY_COORDINATOR,
                "staleDays", STALE_DAYS);
    }

    private List<Item> query(String county, boolean staleOnly, LocalDate since) {
        return jdbc.sql("""
                SELECT i.id, i.title, s.name AS settlement_name, i.start_date, n.last_note, count(*) OVER () AS total
                FROM initiative i
                JOIN settlement s ON s.id = i.primary_settlement_id
                LEFT JOIN LATERAL (SELECT max(noted_on) AS last_note FROM progress_note p
                                   WHERE p.initiative_id = i.id) n ON TRUE
                WHERE s.county_code = :county AND i.status = 'RUNNING'
                  AND (NOT :stale OR coalesce(n.last_note, i.start_date) < :since)
                ORDER BY n.last_note NULLS FIRST, i.start_date DESC, i.id DESC
                LIMIT :limit""")
                .param("county", county).param("stale", staleOnly).param("since", since).param("limit", LIMIT)
                .query(RecordRows.of(Item.class)).list();
    }
}
