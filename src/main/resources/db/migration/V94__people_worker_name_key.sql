-- The worker list's name search (issue 15): the accent- and case-free key of the name is stored (as the
-- initiative's title_key, V70), so that the list's walk along the name order tests a stored value instead of
-- computing search_key() for every worker it passes (8,000 of them before the first "kovacs" at stress scale);
-- the name-order index carries the key, so that the walk reads the index only.
ALTER TABLE community_worker ADD COLUMN name_key text GENERATED ALWAYS AS (search_key(full_name)) STORED;

DROP INDEX community_worker_search_trgm_idx;
CREATE INDEX community_worker_name_key_trgm_idx ON community_worker USING gin (name_key gin_trgm_ops);

DROP INDEX community_worker_name_hu_idx;
CREATE INDEX community_worker_name_hu_idx ON community_worker (full_name COLLATE "hu-HU-x-icu", id) INCLUDE (name_key);
