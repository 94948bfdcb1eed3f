-- Good practices: proposals drawn from an initiative, their review workflow and their attachments.
-- The initiative is referenced by id; its foreign key is added once the initiatives schema is in place.
-- County and primary settlement are copied from the initiative when proposed: they scope write access and
-- feed the catalogue's filters without a join into the initiatives module.
CREATE TABLE practice (
    id                      BIGSERIAL PRIMARY KEY,
    initiative_id           BIGINT NOT NULL,
    county_code             CHAR(2) NOT NULL REFERENCES county (code),
    settlement_id           BIGINT NOT NULL REFERENCES settlement (id),
    title                   VARCHAR(200) NOT NULL,
    summary                 TEXT NOT NULL,
    problem                 TEXT NOT NULL,
    method                  TEXT NOT NULL,
    requirements            TEXT NOT NULL,
    results                 TEXT NOT NULL,
    pitfalls                TEXT,
    transferability         TEXT NOT NULL,
    contact_name            VARCHAR(120) NOT NULL,
    contact_role            VARCHAR(120),
    contact_email           VARCHAR(200),
    contact_phone           VARCHAR(40),
    contact_consent         BOOLEAN NOT NULL CHECK (contact_consent),
    status                  VARCHAR(20) NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCREDITED', 'REJECTED')),
    accredited_on           DATE,
    accreditation_number    VARCHAR(40) UNIQUE,
    rejection_reason        TEXT,
    proposed_by             VARCHAR(60) NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    version                 BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT practice_contact_reachable CHECK (contact_email IS NOT NULL OR contact_phone IS NOT NULL),
    CONSTRAINT practice_accreditation_complete CHECK (
        (status = 'ACCREDITED') = (accredited_on IS NOT NULL AND accreditation_number IS NOT NULL)),
    CONSTRAINT practice_rejection_reason CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);

CREATE INDEX practice_initiative_idx ON practice (initiative_id);
CREATE INDEX practice_county_status_idx ON practice (county_code, status);
CREATE INDEX practice_settlement_idx ON practice (settlement_id);
CREATE INDEX practice_status_idx ON practice (status, updated_at, id);
CREATE INDEX practice_accredited_idx ON practice (accredited_on DESC, id DESC) WHERE status = 'ACCREDITED';
CREATE INDEX practice_search_trgm_idx ON practice
    USING gin (search_key(title || ' ' || summary || ' ' || method) gin_trgm_ops);

CREATE TABLE practice_theme (
    practice_id     BIGINT NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    theme_code      VARCHAR(40) NOT NULL,
    PRIMARY KEY (practice_id, theme_code)
);
CREATE INDEX practice_theme_theme_idx ON practice_theme (theme_code, practice_id);

-- Every state change: who, when, from which state to which, and the comment.
CREATE TABLE practice_transition (
    id              BIGSERIAL PRIMARY KEY,
    practice_id     BIGINT NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    from_status     VARCHAR(20),
    to_status       VARCHAR(20) NOT NULL,
    actor           VARCHAR(60) NOT NULL,
    actor_name      VARCHAR(120) NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    comment         TEXT
);
CREATE INDEX practice_transition_practice_idx ON practice_transition (practice_id, at, id);

-- Photos and PDF documents, checked by content on upload; never served inline as anything but an image.
CREATE TABLE practice_attachment (
    id              BIGSERIAL PRIMARY KEY,
    practice_id     BIGINT NOT NULL REFERENCES practice (id) ON DELETE CASCADE,
    file_name       VARCHAR(200) NOT NULL,
    media_type      VARCHAR(40) NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/gif',
                        'image/webp', 'application/pdf')),
    size_bytes      INTEGER NOT NULL CHECK (size_bytes > 0),
    content         BYTEA NOT NULL,
    uploaded_by     VARCHAR(60) NOT NULL,
    uploaded_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX practice_attachment_practice_idx ON practice_attachment (practice_id, id);
