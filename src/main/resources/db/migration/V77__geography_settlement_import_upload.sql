-- A settlement import's uploaded file, parsed once at upload and kept here (not in the HTTP session) between
-- the mapping, the dry run and the import: one row per file, one row per data line. Owned by the user who
-- uploaded it, replaced by that user's next upload, deleted after the import and when expired.
CREATE TABLE settlement_import_upload (
    id          UUID PRIMARY KEY,
    owner       VARCHAR(100) NOT NULL,
    filename    VARCHAR(255) NOT NULL,
    encoding    VARCHAR(20)  NOT NULL,
    delimiter   CHAR(1)      NOT NULL,
    header      TEXT[]       NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX settlement_import_upload_owner_idx ON settlement_import_upload (owner);
CREATE INDEX settlement_import_upload_expires_idx ON settlement_import_upload (expires_at);

CREATE TABLE settlement_import_upload_row (
    upload_id   UUID   NOT NULL REFERENCES settlement_import_upload (id) ON DELETE CASCADE,
    line        BIGINT NOT NULL,
    cells       TEXT[] NOT NULL,
    PRIMARY KEY (upload_id, line)
);
