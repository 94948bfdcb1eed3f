-- Issue 15: a county dashboard's past events whose attendance is still to be recorded walked the county's events
-- backwards by start (activity_event_county_starts_idx) and filtered out the recorded ones: ~300 pages for 8 rows
-- at stress scale, 14 ms. The national panel has activity_event_attendance_missing_idx (V90); this is the same
-- partial index led by the county, so a county's panel reads its 8 rows directly.
CREATE INDEX activity_event_county_attendance_missing_idx ON activity_event (county_code, starts_at DESC, id)
    WHERE status <> 'CANCELLED' AND (registered_count = 0 OR unrecorded_count > 0);
