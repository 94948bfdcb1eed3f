package hu.kozossegi.portal.capacity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.activities.EventOrganisations;
import hu.kozossegi.portal.shared.db.DataVersion;
import hu.kozossegi.portal.shared.time.TimeConfig;
import hu.kozossegi.portal.shared.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisations an event may name (the consultation's "organisation served", a participant's "came with"):
 * the event county's active organisations, those enrolled in a programme now first; for a national event the
 * organisations enrolled now, of every county. "Now" is the day in Budapest; the choices are kept per county and day
 * at the data version (V87: organisations and enrolments raise it, settlements since V71), since every row of an
 * attendance sheet offers them.
 */
@Component
class CapacityEventOrganisations implements EventOrganisations {

    /** An enrolment that has not ended: the organisation takes part in a programme now. */
    private static final String ENROLMENT_NOW = """
            FROM capacity_enrolment e WHERE e.organisation_id = o.id
                    AND (e.left_on IS NULL OR e.left_on >= :today)""";
    private static final String ENROLLED = "EXISTS (SELECT 1 " + ENROLMENT_NOW + ")";
    /** The same, looked up through the index for each row (an EXISTS may be hashed over every enrolment). */
    private static final String ENROLLED_ROW = "(SELECT 1 " + ENROLMENT_NOW + " LIMIT 1) IS NOT NULL";
    /**
     * The choices with their seat, looked up per organisation through the index (LATERAL ... OFFSET 0): joined, the
     * planner hashed all 6,400 settlements for a county's few hundred organisations (with the enrolments hashed
     * too, 5.4 → 1.0 ms for an attendance sheet at stress scale; a national event's list 43-90 → 25-39 ms).
     */
    private static final String CHOICES = """
            SELECT o.id, o.name, s.name AS seat FROM organisation o
            CROSS JOIN LATERAL (SELECT s.name FROM settlement s WHERE s.id = o.seat_settlement_id OFFSET 0) s
            WHERE o.active AND\s""";
    private static final String BY_NAME = "o.name COLLATE \"hu-HU-x-icu\", o.id LIMIT 2000";

    private final JdbcClient jdbc;
    private final DataVersion dataVersion;
    private final Clock clock;

    CapacityEventOrganisations(JdbcClient jdbc, DataVersion dataVersion, Clock clock) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.ZONE));
    }

    @Override
    public List<Option> choices(String countyCode) {
        LocalDate today = today();
        return dataVersion.kept("event-organisation-choices", 64, Arrays.asList(countyCode, today),
                () -> read(countyCode, today));
    }

    private List<Option> read(String countyCode, LocalDate today) {
        String sql = countyCode != null
                ? CHOICES + "o.county_code = :county ORDER BY " + ENROLLED_ROW + " DESC, " + BY_NAME
                : CHOICES + ENROLLED + " ORDER BY " + BY_NAME;
        var statement = jdbc.sql(sql).param("today", today);
        if (countyCode != null) {
            statement = statement.param("county", countyCode);
        }
        return statement.query((rs, n) -> new Option(Long.toString(rs.getLong("id")),
                rs.getString("name") + " (" + rs.getString("seat") + ")")).list().stream().toList();
    }

    @Override
    public boolean ofCounty(long organisationId, String countyCode) {
        if (countyCode != null) {
            return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisation WHERE id = :id AND county_code = :county)")
                    .param("id", organisationId).param("county", countyCode).query(Boolean.class).single();
        }
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisation o WHERE o.id = :id AND " + ENROLLED + ")")
                .param("id", organisationId).param("today", today()).query(Boolean.class).single();
    }

    @Override
    public Map<Long, String> names(Collection<Long> organisationIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (organisationIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, name FROM organisation WHERE id = ANY (CAST(:ids AS bigint[]))")
                .param("ids", organisationIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                });
        return names;
    }
}
