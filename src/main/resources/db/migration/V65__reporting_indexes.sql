-- Indexes for the annual report with the stress data set (DESIGN.md section 6: 200,000 events, 2,000,000
-- attendance rows). Without them the attendance and active-worker figures read all attendance rows (a parallel
-- sequential scan, about 0.5 s each); with them they read only the year's held events and their present rows,
-- both index-only. See docs/benchmarks.md (issue 6).

-- Held events of a period by start (the report's events, attendance, workers and trend figures).
CREATE INDEX activity_event_held_starts_idx ON activity_event (starts_at) INCLUDE (id, county_code, kind)
    WHERE status = 'HELD';

-- Present attendees of an event (attendances, participants, active workers).
CREATE INDEX event_attendance_present_idx ON event_attendance (event_id, worker_id) WHERE presence = 'PRESENT';
