-- Reporting: the counties' yearly targets, the national office's narrative per year, and the frozen
-- snapshot of a closed year's report with the history of reopenings.

-- The set of targets of one year, carrying the version that guards concurrent edits of the whole grid.
CREATE TABLE target_year (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_by  VARCHAR(60)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE county_target (
    year        INTEGER     NOT NULL REFERENCES target_year (year) ON DELETE CASCADE,
    county_code CHAR(2)     NOT NULL REFERENCES county (code),
    indicator   VARCHAR(30) NOT NULL CHECK (indicator IN
                    ('NEW_INITIATIVES', 'SETTLEMENTS_REACHED', 'WORKSHOPS_HELD', 'TRAININGS_HELD', 'VISITS_HELD')),
    min_value   INTEGER     NOT NULL CHECK (min_value BETWEEN 0 AND 100000),
    max_value   INTEGER     CHECK (max_value IS NULL OR max_value BETWEEN 0 AND 100000),
    PRIMARY KEY (year, county_code, indicator),
    CONSTRAINT county_target_range_ordered CHECK (max_value IS NULL OR max_value >= min_value)
);

CREATE TABLE report_narrative (
    year                    INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    introduction            TEXT NOT NULL DEFAULT '',
    support_network         TEXT NOT NULL DEFAULT '',
    national_coordination   TEXT NOT NULL DEFAULT '',
    next_year_plans         TEXT NOT NULL DEFAULT '',
    version                 BIGINT       NOT NULL DEFAULT 0,
    updated_by              VARCHAR(60)  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The whole computed report of a closed year (figures, targets, narrative, trend) as JSON: a closed
-- year's report is rendered from it, identical every time.
ALTER TABLE report_year
    ADD COLUMN snapshot JSONB,
    ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE report_year_event (
    id          BIGSERIAL PRIMARY KEY,
    year        INTEGER      NOT NULL REFERENCES report_year (year),
    action      VARCHAR(10)  NOT NULL CHECK (action IN ('CLOSED', 'REOPENED')),
    reason      TEXT,
    done_by     VARCHAR(60)  NOT NULL,
    done_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT report_year_event_reopen_reason CHECK (action <> 'REOPENED' OR length(trim(reason)) > 0)
);
CREATE INDEX report_year_event_year_idx ON report_year_event (year, done_at DESC, id DESC);
