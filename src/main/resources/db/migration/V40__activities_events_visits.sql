-- Events of the county support network (workshops, trainings, consultations, conferences), their attendance,
-- exchange visits between settlements, and personal secret calendar-feed tokens.
-- Initiative links are plain nullable columns here; their foreign keys come with the initiatives table.

CREATE TABLE activity_event (
    id                   BIGSERIAL PRIMARY KEY,
    kind                 VARCHAR(20)  NOT NULL
        CHECK (kind IN ('WORKSHOP', 'TRAINING', 'CONSULTATION', 'CONFERENCE')),
    title                VARCHAR(200) NOT NULL,
    topic                VARCHAR(200),
    description          TEXT,
    county_code          CHAR(2) REFERENCES county (code),
    starts_at            TIMESTAMPTZ  NOT NULL,
    ends_at              TIMESTAMPTZ  NOT NULL,
    venue_settlement_id  BIGINT REFERENCES settlement (id),
    venue_address        VARCHAR(200),
    facilitator_user_id  BIGINT REFERENCES user_account (id),
    facilitator_name     VARCHAR(120),
    capacity             INTEGER CHECK (capacity IS NULL OR capacity > 0),
    training_hours       NUMERIC(5, 1) CHECK (training_hours IS NULL OR training_hours > 0),
    initiative_id        BIGINT,
    status               VARCHAR(20)  NOT NULL DEFAULT 'SCHEDULED'
        CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
    cancel_reason        TEXT,
    summary              TEXT,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT activity_event_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT activity_event_cancel_reason CHECK (status <> 'CANCELLED' OR length(trim(cancel_reason)) > 0),
    CONSTRAINT activity_event_one_facilitator CHECK (facilitator_user_id IS NULL OR facilitator_name IS NULL)
);

CREATE INDEX activity_event_starts_idx ON activity_event (starts_at, id);
CREATE INDEX activity_event_county_starts_idx ON activity_event (county_code, starts_at);
CREATE INDEX activity_event_facilitator_idx ON activity_event (facilitator_user_id, starts_at);
CREATE INDEX activity_event_venue_idx ON activity_event (venue_settlement_id);
CREATE INDEX activity_event_initiative_idx ON activity_event (initiative_id);
CREATE INDEX activity_event_search_trgm_idx ON activity_event USING gin (search_key(title) gin_trgm_ops);

-- A registered community worker; presence is recorded after the event (NULL = not recorded yet).
CREATE TABLE event_attendance (
    id          BIGSERIAL PRIMARY KEY,
    event_id    BIGINT      NOT NULL REFERENCES activity_event (id) ON DELETE CASCADE,
    worker_id   BIGINT      NOT NULL REFERENCES community_worker (id),
    presence    VARCHAR(20) CHECK (presence IN ('PRESENT', 'ABSENT', 'EXCUSED')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT event_attendance_once UNIQUE (event_id, worker_id)
);

CREATE INDEX event_attendance_worker_idx ON event_attendance (worker_id);

CREATE TABLE exchange_visit (
    id                   BIGSERIAL PRIMARY KEY,
    visit_date           DATE         NOT NULL,
    county_code          CHAR(2)      NOT NULL REFERENCES county (code),
    host_settlement_id   BIGINT       NOT NULL REFERENCES settlement (id),
    host_initiative_id   BIGINT,
    purpose              TEXT         NOT NULL,
    learned              TEXT,
    other_participants   INTEGER      NOT NULL DEFAULT 0 CHECK (other_participants >= 0),
    follow_up            VARCHAR(20)  CHECK (follow_up IN ('YES', 'NO', 'IN_PROGRESS')),
    follow_up_date       DATE,
    follow_up_note       TEXT,
    version              BIGINT       NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT exchange_visit_follow_up_date CHECK (follow_up_date IS NULL OR follow_up_date >= visit_date)
);

CREATE INDEX exchange_visit_date_idx ON exchange_visit (visit_date, id);
CREATE INDEX exchange_visit_county_idx ON exchange_visit (county_code, visit_date);
CREATE INDEX exchange_visit_host_idx ON exchange_visit (host_settlement_id);
CREATE INDEX exchange_visit_host_initiative_idx ON exchange_visit (host_initiative_id);

-- The visiting group: settlements or initiatives of any county (exactly one of the two per row).
CREATE TABLE exchange_visit_party (
    id             BIGSERIAL PRIMARY KEY,
    visit_id       BIGINT NOT NULL REFERENCES exchange_visit (id) ON DELETE CASCADE,
    settlement_id  BIGINT REFERENCES settlement (id),
    initiative_id  BIGINT,
    CONSTRAINT exchange_visit_party_one_kind CHECK (num_nonnulls(settlement_id, initiative_id) = 1),
    CONSTRAINT exchange_visit_party_settlement_once UNIQUE (visit_id, settlement_id),
    CONSTRAINT exchange_visit_party_initiative_once UNIQUE (visit_id, initiative_id)
);

CREATE INDEX exchange_visit_party_settlement_idx ON exchange_visit_party (settlement_id);
CREATE INDEX exchange_visit_party_initiative_idx ON exchange_visit_party (initiative_id);

-- The community workers who travelled.
CREATE TABLE exchange_visit_worker (
    visit_id   BIGINT NOT NULL REFERENCES exchange_visit (id) ON DELETE CASCADE,
    worker_id  BIGINT NOT NULL REFERENCES community_worker (id),
    PRIMARY KEY (visit_id, worker_id)
);

CREATE INDEX exchange_visit_worker_worker_idx ON exchange_visit_worker (worker_id);

-- Personal secret links for calendar apps (which cannot sign in). Revoked tokens stay for the record.
CREATE TABLE calendar_feed_token (
    id          BIGSERIAL PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES user_account (id),
    token       VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);

CREATE UNIQUE INDEX calendar_feed_token_one_active ON calendar_feed_token (user_id) WHERE revoked_at IS NULL;
