package hu.kozossegi.portal.reporting.internal;

import java.util.List;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The settlements behind the "settlements reached" figure of a year, by the same rule
 * ({@link InitiativeFigures#REACH}): the primary and further settlements of the initiatives active in the year.
 */
@Component
public class ReachedSettlements {

    /** A reached settlement; its county is the settlement's own. */
    public record Reached(long id, String name, String countyCode, String countyName, String type,
            boolean disadvantaged) {
    }

    private final JdbcClient jdbc;

    ReachedSettlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Reached> of(int year) {
        return jdbc.sql("WITH " + InitiativeFigures.ACTIVE + ", " + InitiativeFigures.REACH + """
                SELECT s.id, s.name, s.county_code, c.name AS county_name, s.type, s.disadvantaged
                FROM (SELECT DISTINCT settlement_id FROM reach) r
                JOIN settlement s ON s.id = r.settlement_id JOIN county c ON c.code = s.county_code
                ORDER BY c.name COLLATE "hu-HU-x-icu", s.name COLLATE "hu-HU-x-icu", s.id
                """).params(new ReportPeriod(year).params()).query(RecordRows.of(Reached.class)).list();
    }
}
