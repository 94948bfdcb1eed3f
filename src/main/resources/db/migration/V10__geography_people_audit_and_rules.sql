-- Issue 3: audit tables (Hibernate Envers) for settlements and community workers, stricter rules, list indexes.

CREATE TABLE settlement_aud (
    id              BIGINT   NOT NULL,
    rev             BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT,
    name            VARCHAR(120),
    county_code     CHAR(2),
    type            VARCHAR(30),
    parent_id       BIGINT,
    population      INTEGER,
    ksh_code        VARCHAR(10),
    micro_region    VARCHAR(120),
    disadvantaged   BOOLEAN,
    latitude        NUMERIC(9, 6),
    longitude       NUMERIC(9, 6),
    PRIMARY KEY (id, rev)
);
CREATE INDEX settlement_aud_rev_idx ON settlement_aud (rev);

CREATE TABLE community_worker_aud (
    id              BIGINT   NOT NULL,
    rev             BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT,
    full_name       VARCHAR(120),
    county_code     CHAR(2),
    settlement_id   BIGINT,
    kind            VARCHAR(20),
    organisation    VARCHAR(200),
    email           VARCHAR(200),
    phone           VARCHAR(30),
    active          BOOLEAN,
    joined_on       DATE,
    notes           TEXT,
    anonymised_at   TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
CREATE INDEX community_worker_aud_rev_idx ON community_worker_aud (rev);

-- The KSH settlement code (törzsszám): five digits, the last a check digit (validated in the application).
ALTER TABLE settlement ADD CONSTRAINT settlement_ksh_code_format CHECK (ksh_code IS NULL OR ksh_code ~ '^[0-9]{5}$');
-- A Budapest district lies in Budapest (county 01) and has Budapest as its parent.
ALTER TABLE settlement ADD CONSTRAINT settlement_district_in_budapest
    CHECK (type <> 'BUDAPEST_DISTRICT' OR (parent_id IS NOT NULL AND county_code = '01'));
ALTER TABLE settlement ADD CONSTRAINT settlement_name_not_blank CHECK (btrim(name) <> '');
ALTER TABLE community_worker ADD CONSTRAINT community_worker_name_not_blank CHECK (btrim(full_name) <> '');

CREATE INDEX settlement_county_name_idx ON settlement (county_code, name COLLATE "hu-HU-x-icu", id);
CREATE INDEX community_worker_county_name_idx ON community_worker (county_code, full_name COLLATE "hu-HU-x-icu", id);
