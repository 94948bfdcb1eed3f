-- Organisations and informal groups (DESIGN glossary "organisation"): the civil organisations and informal groups
-- that initiatives bring into being or that a capacity-building programme supports. The organisations module owns
-- these tables; its history (Envers) and the capacity-building tables come in later migrations.
CREATE TABLE organisation (
    id                  BIGSERIAL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(30)  NOT NULL CHECK (kind IN ('ASSOCIATION', 'FOUNDATION', 'NONPROFIT_COMPANY',
                            'INFORMAL_GROUP', 'MINORITY_SELF_GOVERNMENT', 'OTHER')),
    county_code         CHAR(2)      NOT NULL REFERENCES county (code),
    seat_settlement_id  BIGINT       NOT NULL REFERENCES settlement (id),
    -- For an informal group: when it started meeting.
    founded_on          DATE,
    -- What the organisation does and whom it serves, in its own words (a person is never labelled).
    focus               TEXT,
    -- Contact person: personal data, under the same rules as a community worker's contact data.
    contact_name        VARCHAR(120),
    contact_email       VARCHAR(200),
    contact_phone       VARCHAR(30),
    -- The outcome "civil organisation founded" that this organisation is, when an initiative brought it into being.
    founded_outcome_id  BIGINT UNIQUE REFERENCES initiative_outcome (id),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX organisation_county_idx ON organisation (county_code, id);
CREATE INDEX organisation_seat_idx ON organisation (seat_settlement_id);
CREATE INDEX organisation_founded_idx ON organisation (founded_on);
CREATE INDEX organisation_name_hu_idx ON organisation (name COLLATE "hu-HU-x-icu", id);
CREATE INDEX organisation_search_trgm_idx ON organisation USING gin (search_key(name) gin_trgm_ops);

-- Initiatives an organisation runs (RUNS) or was born from (BORN_FROM).
CREATE TABLE organisation_initiative (
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    initiative_id   BIGINT      NOT NULL REFERENCES initiative (id),
    relation        VARCHAR(20) NOT NULL CHECK (relation IN ('RUNS', 'BORN_FROM')),
    PRIMARY KEY (organisation_id, initiative_id)
);
CREATE INDEX organisation_initiative_initiative_idx ON organisation_initiative (initiative_id, organisation_id);
