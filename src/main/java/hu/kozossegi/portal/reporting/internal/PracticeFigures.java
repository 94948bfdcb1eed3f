package hu.kozossegi.portal.reporting.internal;

import static hu.kozossegi.portal.reporting.internal.Figures.GROUPING;
import static hu.kozossegi.portal.reporting.internal.Figures.KEY_COLUMNS;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Good practices accredited in the report year, for the county of the practice: one SQL statement. */
@Component
class PracticeFigures {

    private final JdbcClient jdbc;

    PracticeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addTo(Figures figures, ReportPeriod period) {
        jdbc.sql("SELECT " + KEY_COLUMNS + """
                , count(*) AS accredited
                FROM practice p JOIN county c ON c.code = p.county_code
                WHERE p.status = 'ACCREDITED' AND p.accredited_on BETWEEN :from AND :to""" + GROUPING)
                .params(period.params())
                .query((rs, n) -> {
                    figures.read(rs, Map.of(Indicator.PRACTICES_ACCREDITED, "accredited"));
                    return n;
                }).list();
    }
}
