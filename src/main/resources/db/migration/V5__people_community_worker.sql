-- Community workers: volunteers and professionals; belong to a county, live or work in a settlement.
CREATE TABLE community_worker (
    id              BIGSERIAL PRIMARY KEY,
    full_name       VARCHAR(120) NOT NULL,
    county_code     CHAR(2)      NOT NULL REFERENCES county (code),
    settlement_id   BIGINT REFERENCES settlement (id),
    kind            VARCHAR(20)  NOT NULL CHECK (kind IN ('VOLUNTEER', 'PROFESSIONAL')),
    organisation    VARCHAR(200),
    email           VARCHAR(200),
    phone           VARCHAR(30),
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    joined_on       DATE,
    notes           TEXT,
    anonymised_at   TIMESTAMPTZ,
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX community_worker_county_idx ON community_worker (county_code);
CREATE INDEX community_worker_settlement_idx ON community_worker (settlement_id);
CREATE INDEX community_worker_name_hu_idx ON community_worker (full_name COLLATE "hu-HU-x-icu", id);
CREATE INDEX community_worker_search_trgm_idx ON community_worker USING gin (search_key(full_name) gin_trgm_ops);
