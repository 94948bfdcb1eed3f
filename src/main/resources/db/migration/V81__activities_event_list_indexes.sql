-- Issue 15: the event list, its text search and its two orders served by indexes.
-- The accent-free search key of title and topic, stored (the trigram index's rechecks then read a column instead
-- of calling unaccent per row); a unit separator between them so that no search matches across the two.
ALTER TABLE activity_event ADD COLUMN search_text text
    GENERATED ALWAYS AS (search_key(title) || E'\x1f' || search_key(coalesce(topic, ''))) STORED;
CREATE INDEX activity_event_search_text_trgm_idx ON activity_event USING gin (search_text gin_trgm_ops);
-- Past events, latest first (ties by id): an ordered index scan that stops after a page.
CREATE INDEX activity_event_past_order_idx ON activity_event (starts_at DESC, id) INCLUDE (ends_at);
-- Upcoming events (not yet ended): found by their end, a small part of the table.
CREATE INDEX activity_event_ends_idx ON activity_event (ends_at) INCLUDE (starts_at);
-- The dashboard's "attendance not recorded" panel: the events with an attendance whose presence is unrecorded.
CREATE INDEX event_attendance_unrecorded_idx ON event_attendance (event_id) WHERE presence IS NULL;
