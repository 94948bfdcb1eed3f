-- Report years the national office has closed: records dated in a closed year are read-only for county staff.
-- The reporting module adds what it needs (snapshots, reopen history) in its own migrations.
CREATE TABLE report_year (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    closed      BOOLEAN      NOT NULL DEFAULT FALSE,
    closed_at   TIMESTAMPTZ,
    closed_by   VARCHAR(60),
    CONSTRAINT report_year_closed_has_date CHECK (NOT closed OR closed_at IS NOT NULL)
);
