package hu.kozossegi.portal.reporting.internal;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo targets: 10-15 new initiatives per county (and modest event and visit targets) from 2005 on. */
@Component
@Profile("demo")
@Order(60)
class DemoTargets implements ApplicationRunner {

    private final JdbcTemplate jdbc;

    DemoTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM target_year", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        List<Object[]> years = new ArrayList<>();
        for (int year = 2005; year <= Year.now().getValue(); year++) {
            years.add(new Object[] {year});
        }
        jdbc.batchUpdate("INSERT INTO target_year (year, updated_by) VALUES (?, 'demo')", years);
        jdbc.update("""
                INSERT INTO county_target (year, county_code, indicator, min_value, max_value)
                SELECT t.year, c.code, v.indicator, v.min_value, v.max_value
                FROM target_year t CROSS JOIN county c
                CROSS JOIN (VALUES ('NEW_INITIATIVES', 10, 15), ('SETTLEMENTS_REACHED', 10, NULL),
                                   ('WORKSHOPS_HELD', 4, 8), ('TRAININGS_HELD', 2, 4), ('VISITS_HELD', 1, 3))
                     AS v(indicator, min_value, max_value)""");
    }
}
