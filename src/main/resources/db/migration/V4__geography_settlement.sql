-- Settlements: villages, towns, cities, Budapest districts and housing estates (which have a parent settlement).
CREATE TABLE settlement (
    id              BIGSERIAL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    county_code     CHAR(2)      NOT NULL REFERENCES county (code),
    type            VARCHAR(30)  NOT NULL
        CHECK (type IN ('VILLAGE', 'LARGE_VILLAGE', 'TOWN', 'COUNTY_CITY', 'BUDAPEST_DISTRICT', 'HOUSING_ESTATE')),
    parent_id       BIGINT REFERENCES settlement (id),
    population      INTEGER CHECK (population IS NULL OR population >= 0),
    ksh_code        VARCHAR(10) UNIQUE,
    micro_region    VARCHAR(120),
    disadvantaged   BOOLEAN      NOT NULL DEFAULT FALSE,
    latitude        NUMERIC(9, 6) CHECK (latitude IS NULL OR latitude BETWEEN 45.7 AND 48.6),
    longitude       NUMERIC(9, 6) CHECK (longitude IS NULL OR longitude BETWEEN 16.1 AND 22.9),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT settlement_name_county_uq UNIQUE (county_code, name),
    CONSTRAINT settlement_parent_required CHECK (type NOT IN ('HOUSING_ESTATE') OR parent_id IS NOT NULL),
    CONSTRAINT settlement_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX settlement_county_idx ON settlement (county_code);
CREATE INDEX settlement_parent_idx ON settlement (parent_id);
CREATE INDEX settlement_name_hu_idx ON settlement (name COLLATE "hu-HU-x-icu", id);
CREATE INDEX settlement_search_trgm_idx ON settlement USING gin (search_key(name) gin_trgm_ops);
