-- Exchange visits get a status like events: only HELD visits count in reports (DESIGN section 3).
-- Existing visits dated up to today (Hungarian time) took place; later ones are planned.
-- All schema changes come before the UPDATE: the data-version trigger on exchange_visit is deferred, and
-- PostgreSQL refuses ALTER TABLE or CREATE INDEX on a table with pending trigger events.
-- Rows written without a status (older import scripts, fixtures) meant a visit that took place.
ALTER TABLE exchange_visit ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'HELD';
ALTER TABLE exchange_visit ADD CONSTRAINT exchange_visit_status_check
    CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED'));
CREATE INDEX exchange_visit_status_date_idx ON exchange_visit (status, visit_date, id);
UPDATE exchange_visit SET status = 'PLANNED'
    WHERE visit_date > (now() AT TIME ZONE 'Europe/Budapest')::date;
