package hu.kozossegi.portal.reporting.internal;

import hu.kozossegi.portal.shared.rules.VersionConflictException;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The narrative sections of each year's report, with optimistic locking. */
@Service
public class Narratives {

    private final JdbcClient jdbc;

    Narratives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Narrative load(int year) {
        return jdbc.sql("""
                SELECT introduction, support_network, national_coordination, next_year_plans, version
                FROM report_narrative WHERE year = ?""").param(year).query(RecordRows.of(Narrative.class)).optional()
                .orElseGet(Narrative::empty);
    }

    /** Saves the texts; throws {@link VersionConflictException} when {@code n.version()} is not the current one. */
    @Transactional
    public void save(int year, Narrative n, String username) {
        int touched;
        if (n.version() < 0) {
            touched = jdbc.sql("""
                    INSERT INTO report_narrative (year, introduction, support_network, national_coordination,
                        next_year_plans, updated_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (year) DO NOTHING""")
                    .params(year, n.introduction(), n.supportNetwork(), n.nationalCoordination(), n.nextYearPlans(),
                            username).update();
        }
        else {
            touched = jdbc.sql("""
                    UPDATE report_narrative SET introduction = ?, support_network = ?, national_coordination = ?,
                        next_year_plans = ?, updated_by = ?, updated_at = now(), version = version + 1
                    WHERE year = ? AND version = ?""")
                    .params(n.introduction(), n.supportNetwork(), n.nationalCoordination(), n.nextYearPlans(),
                            username, year, n.version()).update();
        }
        if (touched != 1) {
            throw new VersionConflictException(n.version() + 1);
        }
    }
}
