package hu.kozossegi.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.AnnualReports;
import hu.kozossegi.portal.reporting.internal.Indicator;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.SqlStatementCounter;
import hu.kozossegi.portal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An open year's figures are reused only while no source data has changed: every committed write raises the data
 * version (once per transaction), reads and rolled-back writes do not, and the report shows a write at once.
 * Year 2039 belongs to this test alone.
 */
@PortalIntegrationTest
class ReportDataVersionTests {

    static final int YEAR = 2039;

    @Autowired JdbcClient jdbc;
    @Autowired AnnualReports reports;
    @Autowired TransactionTemplate transactions;

    @Test
    void figuresAreReusedUntilTheDataChangesAndAWriteShowsAtOnce() {
        long settlement = new TestData(jdbc).settlement("17").set("name", "Verziófalva").set("disadvantaged", false)
                .insert();
        long before = active(reports.report(YEAR));

        SqlStatementCounter.reset();
        AnnualReport again = reports.report(YEAR);
        long reused = SqlStatementCounter.count();
        assertThat(active(again)).isEqualTo(before);

        SqlStatementCounter.reset();
        reports.compute(YEAR);
        long computed = SqlStatementCounter.count();
        assertThat(reused).as("statements when nothing changed, against a full computation of " + computed)
                .isLessThan(computed - 5);

        new TestData(jdbc).initiative(settlement).set("title", "Verziókör").set("start_date", LocalDate.of(YEAR, 12, 31))
                .insert();

        AnnualReport after = reports.report(YEAR);
        assertThat(active(after)).isEqualTo(before + 1);
        assertThat(after.countyRow("17").orElseThrow().value(Indicator.NEW_INITIATIVES))
                .isEqualTo(again.countyRow("17").orElseThrow().value(Indicator.NEW_INITIATIVES) + 1);
    }

    @Test
    void theBackgroundRefreshComputesChangedFiguresBeforeTheNextView() {
        long settlement = new TestData(jdbc).settlement("18").set("name", "Frissfalva").set("disadvantaged", false)
                .insert();
        long before = active(reports.report(YEAR));
        new TestData(jdbc).initiative(settlement).set("title", "Frisskör").set("start_date", LocalDate.of(YEAR, 1, 1))
                .insert();

        reports.refreshKeptFigures();

        SqlStatementCounter.reset();
        AnnualReport after = reports.report(YEAR);
        long statements = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        reports.compute(YEAR);
        assertThat(statements).as("the view after the refresh reuses the figures").isLessThan(SqlStatementCounter.count() - 5);
        assertThat(active(after)).isEqualTo(before + 1);
    }

    @Test
    void theVersionRisesOncePerCommittedWritingTransactionOnly() {
        long start = version();
        jdbc.sql("SELECT count(*) FROM initiative").query(Long.class).single();
        assertThat(version()).as("a read").isEqualTo(start);

        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                new TestData(jdbc).worker("18", "Verzió " + i);
            }
        });
        assertThat(version()).as("one transaction writing three rows").isEqualTo(start + 1);

        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE community_worker SET kind = 'PROFESSIONAL' WHERE full_name = 'Verzió 0'").update();
            status.setRollbackOnly();
        });
        assertThat(version()).as("a rolled-back write").isEqualTo(start + 1);

        jdbc.sql("DELETE FROM community_worker WHERE full_name LIKE 'Verzió %'").update();
        assertThat(version()).as("a delete").isEqualTo(start + 2);
    }

    private long version() {
        return jdbc.sql("SELECT version FROM report_data_version").query(Long.class).single();
    }

    private static long active(AnnualReport report) {
        return report.nationalRow().value(Indicator.ACTIVE_INITIATIVES);
    }
}
