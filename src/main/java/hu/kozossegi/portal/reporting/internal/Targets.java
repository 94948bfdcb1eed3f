package hu.kozossegi.portal.reporting.internal;

import hu.kozossegi.portal.shared.rules.VersionConflictException;

import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counties' yearly targets, saved as a whole grid per year with optimistic locking. */
@Service
public class Targets {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Targets(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public TargetGrid load(int year) {
        long version = jdbc.sql("SELECT version FROM target_year WHERE year = ?").param(year)
                .query(Long.class).optional().orElse(-1L);
        Map<String, Map<TargetIndicator, Target>> byCounty = new HashMap<>();
        jdbc.sql("SELECT county_code, indicator, min_value, max_value FROM county_target WHERE year = ?")
                .param(year).query((rs, n) -> {
                    Integer max = (Integer) rs.getObject("max_value");
                    byCounty.computeIfAbsent(rs.getString("county_code"), k -> new EnumMap<>(TargetIndicator.class))
                            .put(TargetIndicator.valueOf(rs.getString("indicator")),
                                    new Target(rs.getInt("min_value"), max));
                    return n;
                }).list();
        return new TargetGrid(year, byCounty, version);
    }

    /**
     * Replaces the year's targets. {@code expectedVersion} is the version the form was opened with (-1 for a
     * year without targets); a different current version means someone else saved meanwhile.
     */
    @Transactional
    public void save(int year, Map<String, Map<TargetIndicator, Target>> byCounty, long expectedVersion,
            String username) {
        int touched;
        if (expectedVersion < 0) {
            touched = jdbc.sql("""
                    INSERT INTO target_year (year, version, updated_by) VALUES (?, 0, ?) ON CONFLICT (year) DO NOTHING
                    """).params(year, username).update();
        }
        else {
            touched = jdbc.sql("""
                    UPDATE target_year SET version = version + 1, updated_by = ?, updated_at = now()
                    WHERE year = ? AND version = ?""").params(username, year, expectedVersion).update();
        }
        if (touched != 1) {
            throw new VersionConflictException(expectedVersion + 1);
        }
        jdbc.sql("DELETE FROM county_target WHERE year = ?").param(year).update();
        List<Object[]> rows = new ArrayList<>();
        byCounty.forEach((county, targets) -> targets.forEach((indicator, target) ->
                rows.add(new Object[] {year, county, indicator.name(), target.min(), target.max()})));
        batch.batchUpdate("""
                INSERT INTO county_target (year, county_code, indicator, min_value, max_value) VALUES (?, ?, ?, ?, ?)
                """, rows, new int[] {Types.INTEGER, Types.CHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER});
    }
}
