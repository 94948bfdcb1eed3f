-- Speed of the initiative list (issue 4) with 60,000 initiatives.

-- Filtered by county (primary settlement in the county) and "active in year": the count of matching rows becomes an
-- index-only scan per settlement of the county instead of a scan of every initiative.
CREATE INDEX initiative_settlement_dates_idx ON initiative (primary_settlement_id, start_date) INCLUDE (status, end_date);

-- Text search: the accent-free key of the title is stored once per write, so a search matching thousands of titles
-- rechecks plain text instead of calling unaccent() for every candidate row (75 ms -> 12 ms for 20,000 matches).
ALTER TABLE initiative ADD COLUMN title_key text GENERATED ALWAYS AS (search_key(title)) STORED;
CREATE INDEX initiative_title_key_trgm_idx ON initiative USING gin (title_key gin_trgm_ops);
DROP INDEX initiative_title_trgm_idx;

-- Filtered by status (often with another filter): the matching ids come from the index alone, already in the
-- list's default order (newest start first).
CREATE INDEX initiative_status_start_idx ON initiative (status, start_date DESC NULLS LAST, id DESC);
DROP INDEX initiative_status_idx;

-- Filtered by year only: "active in year" is counted from the start-date index alone.
CREATE INDEX initiative_start_covering_idx ON initiative (start_date DESC NULLS LAST, id DESC) INCLUDE (status, end_date);
DROP INDEX initiative_start_idx;
