-- Initiatives: programmes, themes, initiatives with their settlements, workers, themes and funding,
-- outcomes and progress notes. Settlements and workers are referenced by id (geography and people modules).

-- "Active in report year Y" (DESIGN.md section 3), defined once: reports and lists call this function.
CREATE FUNCTION initiative_active_in(start_date DATE, end_date DATE, status TEXT, yr INTEGER)
    RETURNS BOOLEAN LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT start_date IS NOT NULL AND status <> 'PLANNED'
          AND start_date <= make_date(yr, 12, 31)
          AND (end_date IS NULL OR end_date >= make_date(yr, 1, 1)) $$;

CREATE TABLE initiative_theme_ref (
    code        VARCHAR(40) PRIMARY KEY,
    name_hu     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    position    INTEGER NOT NULL
);

INSERT INTO initiative_theme_ref (code, name_hu, name_en, position) VALUES
    ('COMMUNITY_BUILDING', 'közösségépítés', 'community building', 1),
    ('YOUTH', 'fiatalok', 'youth', 2),
    ('ELDERLY', 'idősek', 'elderly', 3),
    ('ROMA_INCLUSION', 'roma integráció', 'Roma inclusion', 4),
    ('LOCAL_ECONOMY', 'helyi gazdaság', 'local economy', 5),
    ('FOOD_SUPPLY', 'élelmiszer-ellátás', 'food supply', 6),
    ('LOCAL_INFRASTRUCTURE', 'helyi infrastruktúra', 'local infrastructure', 7),
    ('CULTURE_TRADITIONS', 'kultúra és hagyományok', 'culture and traditions', 8),
    ('ENVIRONMENT', 'környezet', 'environment', 9),
    ('NEIGHBOURHOOD', 'szomszédság', 'neighbourhood', 10),
    ('SELF_HELP', 'önsegítés', 'self-help', 11),
    ('VOLUNTEERING', 'önkéntesség', 'volunteering', 12),
    ('CIVIC_PARTICIPATION', 'állampolgári részvétel', 'civic participation', 13);

CREATE TABLE programme (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    funder      VARCHAR(200) NOT NULL,
    first_year  INTEGER NOT NULL CHECK (first_year BETWEEN 1990 AND 2100),
    last_year   INTEGER CHECK (last_year BETWEEN 1990 AND 2100),
    description TEXT,
    version     BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT programme_years_ordered CHECK (last_year IS NULL OR last_year >= first_year)
);

CREATE TABLE initiative (
    id                      BIGSERIAL PRIMARY KEY,
    title                   VARCHAR(200) NOT NULL,
    primary_settlement_id   BIGINT NOT NULL REFERENCES settlement (id),
    programme_id            BIGINT REFERENCES programme (id),
    status                  VARCHAR(20) NOT NULL
        CHECK (status IN ('PLANNED', 'RUNNING', 'SELF_SUSTAINING', 'CLOSED', 'ABANDONED')),
    start_date              DATE,
    end_date                DATE,
    lead_worker_id          BIGINT REFERENCES community_worker (id),
    need_assessment         TEXT,
    action_programme        TEXT,
    resident_participants   INTEGER CHECK (resident_participants IS NULL OR resident_participants >= 0),
    version                 BIGINT NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT initiative_start_required CHECK (status = 'PLANNED' OR start_date IS NOT NULL),
    CONSTRAINT initiative_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CONSTRAINT initiative_end_required CHECK (status NOT IN ('CLOSED', 'ABANDONED') OR end_date IS NOT NULL)
);

CREATE INDEX initiative_start_idx ON initiative (start_date DESC NULLS LAST, id DESC);
CREATE INDEX initiative_title_hu_idx ON initiative (title COLLATE "hu-HU-x-icu", id);
CREATE INDEX initiative_primary_settlement_idx ON initiative (primary_settlement_id);
CREATE INDEX initiative_programme_idx ON initiative (programme_id);
CREATE INDEX initiative_lead_worker_idx ON initiative (lead_worker_id);
CREATE INDEX initiative_status_idx ON initiative (status);
CREATE INDEX initiative_title_trgm_idx ON initiative USING gin (search_key(title) gin_trgm_ops);

-- Further settlements reached (the primary settlement is not repeated here).
CREATE TABLE initiative_settlement (
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    settlement_id   BIGINT NOT NULL REFERENCES settlement (id),
    PRIMARY KEY (initiative_id, settlement_id)
);
CREATE INDEX initiative_settlement_settlement_idx ON initiative_settlement (settlement_id, initiative_id);

-- Further community workers (the lead worker is not repeated here).
CREATE TABLE initiative_worker (
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    worker_id       BIGINT NOT NULL REFERENCES community_worker (id),
    PRIMARY KEY (initiative_id, worker_id)
);
CREATE INDEX initiative_worker_worker_idx ON initiative_worker (worker_id, initiative_id);

CREATE TABLE initiative_theme (
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    theme_code      VARCHAR(40) NOT NULL REFERENCES initiative_theme_ref (code),
    PRIMARY KEY (initiative_id, theme_code)
);
CREATE INDEX initiative_theme_theme_idx ON initiative_theme (theme_code, initiative_id);

CREATE TABLE initiative_funding (
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    source          VARCHAR(200) NOT NULL,
    amount_huf      BIGINT NOT NULL CHECK (amount_huf >= 0),
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE initiative_outcome (
    id              BIGSERIAL PRIMARY KEY,
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id),
    type            VARCHAR(30) NOT NULL CHECK (type IN ('CLUB', 'SELF_HELP_GROUP', 'VOLUNTEER_ACTIVITY',
                        'NEIGHBOURHOOD_PROGRAMME', 'CIVIL_ORGANISATION', 'OTHER')),
    name            VARCHAR(200) NOT NULL,
    achieved_on     DATE NOT NULL,
    description     TEXT,
    created_by      VARCHAR(60),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX initiative_outcome_initiative_idx ON initiative_outcome (initiative_id, achieved_on DESC, id DESC);
CREATE INDEX initiative_outcome_achieved_idx ON initiative_outcome (achieved_on);

CREATE TABLE progress_note (
    id              BIGSERIAL PRIMARY KEY,
    initiative_id   BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    noted_on        DATE NOT NULL,
    text            TEXT NOT NULL,
    author          VARCHAR(60) NOT NULL,
    author_name     VARCHAR(120),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX progress_note_initiative_idx ON progress_note (initiative_id, noted_on DESC, id DESC);
