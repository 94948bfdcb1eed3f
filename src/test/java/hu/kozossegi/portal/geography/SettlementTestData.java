package hu.kozossegi.portal.geography;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Settlements for tests, inserted directly; names get a unique suffix so tests never collide. */
final class SettlementTestData {

    private SettlementTestData() {
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long insert(JdbcClient jdbc, String name, String county, String type, Long parentId, Integer population) {
        return jdbc.sql("""
                INSERT INTO settlement (name, county_code, type, parent_id, population)
                VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(name, county, type, parentId, population).query(Long.class).single();
    }

    static long budapest(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM settlement WHERE county_code = '01' AND name = 'Budapest'").query(Long.class)
                .optional().orElseGet(() -> insert(jdbc, "Budapest", "01", "COUNTY_CITY", null, 1_700_000));
    }
}
