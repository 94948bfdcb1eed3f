-- Optimistic locking of attendance rows: the attendance form carries each row's version, so a second user's
-- save cannot silently bring back a row the first one changed meanwhile.
ALTER TABLE event_attendance ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
