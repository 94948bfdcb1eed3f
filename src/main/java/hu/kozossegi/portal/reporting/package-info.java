/**
 * Annual reports: the counties' yearly targets, the national and county reports computed in SQL, closing
 * and reopening a report year (frozen snapshots), and the PDF, XLSX and CSV exports.
 */
@ReadsTables({"activity_event", "activity_presence_worker_year", "activity_presence_year", "capacity_enrolment", "community_worker", "county", "event_attendance",
        "exchange_visit", "exchange_visit_worker", "initiative", "initiative_outcome", "initiative_settlement",
        "initiative_worker", "organisation", "organisation_initiative", "practice", "programme", "progress_note",
        "settlement", "settlement_import_run"})
package hu.kozossegi.portal.reporting;

import hu.kozossegi.portal.shared.db.ReadsTables;
