package hu.kozossegi.portal.geography.internal;

import java.util.UUID;

import hu.kozossegi.portal.accounts.PortalUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of settlement import attempts, one row per uploaded file: a dry run leaves it CHECKED (with its bad
 * rows), the import makes it IMPORTED or PARTIAL (bad rows skipped) and closes the owner's earlier unfinished
 * attempts (SUPERSEDED). The national office's start page lists the failed and unfinished ones.
 */
@Service
public class ImportRuns {

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a dry run; in its own transaction, so that the record stays whatever happens next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void checked(UUID uploadId, PortalUser user, String filename, int totalRows, int badRows) {
        jdbc.sql("""
                INSERT INTO settlement_import_run (upload_id, owner, county_code, filename, total_rows, bad_rows, status)
                VALUES (?, ?, ?, ?, ?, ?, 'CHECKED')
                ON CONFLICT (upload_id) DO UPDATE SET total_rows = EXCLUDED.total_rows, bad_rows = EXCLUDED.bad_rows,
                    status = 'CHECKED', checked_at = now(), finished_at = NULL""")
                .params(uploadId, user.getUsername(), user.countyCode(), filename, totalRows, badRows).update();
    }

    /** Records a finished import (in the import's transaction) and closes the owner's earlier unfinished ones. */
    @Transactional
    public void finished(UUID uploadId, PortalUser user, String filename, int totalRows, SettlementImport.Plan plan) {
        String status = plan.badRows() == 0 ? "IMPORTED" : "PARTIAL";
        jdbc.sql("""
                INSERT INTO settlement_import_run (upload_id, owner, county_code, filename, total_rows, bad_rows,
                    created, updated, status, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (upload_id) DO UPDATE SET total_rows = EXCLUDED.total_rows, bad_rows = EXCLUDED.bad_rows,
                    created = EXCLUDED.created, updated = EXCLUDED.updated, status = EXCLUDED.status,
                    finished_at = now()""")
                .params(uploadId, user.getUsername(), user.countyCode(), filename, totalRows, plan.badRows(),
                        plan.created(), plan.updated(), status).update();
        jdbc.sql("""
                UPDATE settlement_import_run SET status = 'SUPERSEDED', finished_at = now()
                WHERE owner = ? AND status = 'CHECKED' AND upload_id <> ?""")
                .params(user.getUsername(), uploadId).update();
    }
}
