package hu.kozossegi.portal.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Figures keyed by report row: {@code C<code>} for a county, {@code R<id>} for a region subtotal, {@code N}
 * for the national total. The queries compute all three levels at once, so region and national figures are
 * counted from the data (a settlement or worker reached from two counties counts once above county level), never
 * by adding county rows: sums and counts of records with {@code GROUP BY GROUPING SETS} ({@link #GROUPING});
 * distinct counts (participants, active workers, settlements reached) with county sets ({@link #LEVELS}).
 */
public final class Figures {

    /** The grouping every indicator query ends with; its SELECT list must include {@link #KEY_COLUMNS}. */
    static final String GROUPING = " GROUP BY GROUPING SETS ((c.region_id, c.code), (c.region_id), ())";
    static final String KEY_COLUMNS = " c.code AS county_code, c.region_id, GROUPING(c.code) AS g_county, "
            + "GROUPING(c.region_id) AS g_region";

    /**
     * The report rows as sets of counties, one bit per county (its code, 01-20; V100 keeps codes in 01-30) and bit 0
     * for records without a county (national events, counted only in the national total): a county row, a region
     * row (its counties) and the national row (every bit). A distinct count counts each item (a worker, a
     * settlement) once with the set of counties it counts for (the database function {@code county_bit(code)} of
     * V101 aggregated with {@code bit_or}),
     * groups the items by that set, and adds up for every row the groups whose set meets the row's: one pass over
     * the items instead of a distinct sort per level. A statement selects {@link #LEVEL_COLUMNS} {@code FROM levels l}
     * and adds each source up per row with {@code CROSS JOIN LATERAL (SELECT coalesce(sum(…), 0) … FROM source s
     * WHERE s.counties & l.counties <> 0)}, each source a {@code MATERIALIZED} CTE (else it would be computed again
     * for every row).
     */
    static final String LEVELS = """
            levels AS (
                SELECT c.code AS county_code, c.region_id, 0 AS g_county, 0 AS g_region, county_bit(c.code) AS counties
                FROM county c
                UNION ALL
                SELECT NULL, c.region_id, 1, 0, bit_or(county_bit(c.code)) FROM county c GROUP BY c.region_id
                UNION ALL
                SELECT NULL, NULL, 1, 1, -1)
            """;
    static final String LEVEL_COLUMNS = " l.county_code, l.region_id, l.g_county, l.g_region";

    public static final String NATIONAL = "N";

    private final Map<String, Map<Indicator, Long>> values = new HashMap<>();

    public static String countyKey(String code) {
        return "C" + code;
    }

    public static String regionKey(int regionId) {
        return "R" + regionId;
    }

    /** The row key of a grouped result row, or null for the group of records without a county (national events). */
    static String key(ResultSet rs) throws SQLException {
        if (rs.getInt("g_region") == 1) {
            return NATIONAL;
        }
        if (rs.getString("region_id") == null) {
            return null;
        }
        return rs.getInt("g_county") == 1 ? regionKey(rs.getInt("region_id")) : countyKey(rs.getString("county_code"));
    }

    /** Synchronized: the active workers are read on a second connection while the other figures are read. */
    synchronized void put(String key, Indicator indicator, long value) {
        if (key != null) {
            values.computeIfAbsent(key, k -> new EnumMap<>(Indicator.class)).put(indicator, value);
        }
    }

    /** Reads the named columns of a grouped result row into the indicators. */
    void read(ResultSet rs, Map<Indicator, String> columns) throws SQLException {
        String key = key(rs);
        for (Map.Entry<Indicator, String> column : columns.entrySet()) {
            put(key, column.getKey(), rs.getLong(column.getValue()));
        }
    }

    /** All indicators of a row (0 where nothing was counted). */
    public synchronized Map<Indicator, Long> row(String key) {
        Map<Indicator, Long> row = new EnumMap<>(Indicator.class);
        Map<Indicator, Long> found = values.getOrDefault(key, Map.of());
        for (Indicator indicator : Indicator.values()) {
            row.put(indicator, found.getOrDefault(indicator, 0L));
        }
        return row;
    }
}
