-- Each settlement import attempt (one row per uploaded file), so that the national office sees imports that
-- failed (bad rows, nothing imported), skipped bad rows, or were left unfinished. Kept after the upload itself
-- is deleted; an owner's finished import closes their earlier unfinished attempts.
CREATE TABLE settlement_import_run (
    id           BIGSERIAL    PRIMARY KEY,
    upload_id    UUID         NOT NULL UNIQUE,
    owner        VARCHAR(100) NOT NULL,
    county_code  CHAR(2)      REFERENCES county (code),
    filename     VARCHAR(255) NOT NULL,
    total_rows   INTEGER      NOT NULL CHECK (total_rows >= 0),
    bad_rows     INTEGER      NOT NULL CHECK (bad_rows >= 0),
    created      INTEGER      NOT NULL DEFAULT 0 CHECK (created >= 0),
    updated      INTEGER      NOT NULL DEFAULT 0 CHECK (updated >= 0),
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('CHECKED', 'IMPORTED', 'PARTIAL', 'SUPERSEDED')),
    checked_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ
);
CREATE INDEX settlement_import_run_status_idx ON settlement_import_run (status, checked_at);
CREATE INDEX settlement_import_run_owner_idx ON settlement_import_run (owner);
