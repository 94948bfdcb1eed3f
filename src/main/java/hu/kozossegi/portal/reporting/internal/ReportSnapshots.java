package hu.kozossegi.portal.reporting.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the frozen JSON snapshot of a closed year's report. */
@Component
class ReportSnapshots {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportSnapshots(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<AnnualReport> find(int year) {
        return jdbc.sql("SELECT snapshot::text FROM report_year WHERE year = ? AND closed AND snapshot IS NOT NULL")
                .param(year).query(String.class).optional()
                .map(text -> json.readValue(text, AnnualReport.class));
    }

    String write(AnnualReport report) {
        return json.writeValueAsString(report);
    }
}
