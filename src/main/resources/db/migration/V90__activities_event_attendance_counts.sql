-- Issue 15: the event list showed, per event, its registered and present attendances with two sub-selects, and its
-- total summed the present attendances of every matching event (2 M attendance rows at stress scale, over a second
-- on the first view after a write); the dashboards' "attendance not recorded" probed the attendance of every past
-- event until it found eight. Each event now carries its registered, present and unrecorded (presence not yet
-- recorded) attendances, maintained by statement-level triggers on event_attendance (one UPDATE per statement and
-- event, however many rows a statement writes).
-- Schema first, then the backfill: the backfill fires the deferred data-version trigger of activity_event, after
-- which no ALTER TABLE of that table may follow in this transaction (see V85).
ALTER TABLE activity_event
    ADD COLUMN registered_count integer NOT NULL DEFAULT 0,
    ADD COLUMN present_count integer NOT NULL DEFAULT 0,
    ADD COLUMN unrecorded_count integer NOT NULL DEFAULT 0;

-- Started, not-cancelled events without attendance or with an unrecorded one (the dashboards' panel), latest first.
CREATE INDEX activity_event_attendance_missing_idx ON activity_event (starts_at DESC, id)
    WHERE status <> 'CANCELLED' AND (registered_count = 0 OR unrecorded_count > 0);

UPDATE activity_event e SET registered_count = a.registered, present_count = a.present,
                            unrecorded_count = a.unrecorded
FROM (SELECT event_id, count(*) AS registered, count(*) FILTER (WHERE presence = 'PRESENT') AS present,
             count(*) FILTER (WHERE presence IS NULL) AS unrecorded
      FROM event_attendance GROUP BY event_id) a
WHERE a.event_id = e.id;

CREATE FUNCTION event_attendance_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_event e SET registered_count = e.registered_count + d.registered,
                                present_count = e.present_count + d.present,
                                unrecorded_count = e.unrecorded_count + d.unrecorded
    FROM (SELECT event_id, count(*) AS registered, count(*) FILTER (WHERE presence = 'PRESENT') AS present,
                 count(*) FILTER (WHERE presence IS NULL) AS unrecorded
          FROM new_rows GROUP BY event_id) d
    WHERE e.id = d.event_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION event_attendance_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_event e SET registered_count = e.registered_count - d.registered,
                                present_count = e.present_count - d.present,
                                unrecorded_count = e.unrecorded_count - d.unrecorded
    FROM (SELECT event_id, count(*) AS registered, count(*) FILTER (WHERE presence = 'PRESENT') AS present,
                 count(*) FILTER (WHERE presence IS NULL) AS unrecorded
          FROM old_rows GROUP BY event_id) d
    WHERE e.id = d.event_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION event_attendance_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_event e SET registered_count = e.registered_count + d.registered,
                                present_count = e.present_count + d.present,
                                unrecorded_count = e.unrecorded_count + d.unrecorded
    FROM (SELECT event_id, sum(registered) AS registered, sum(present) AS present, sum(unrecorded) AS unrecorded
          FROM (SELECT event_id, 1 AS registered, CASE WHEN presence = 'PRESENT' THEN 1 ELSE 0 END AS present,
                       CASE WHEN presence IS NULL THEN 1 ELSE 0 END AS unrecorded
                FROM new_rows
                UNION ALL
                SELECT event_id, -1, CASE WHEN presence = 'PRESENT' THEN -1 ELSE 0 END,
                       CASE WHEN presence IS NULL THEN -1 ELSE 0 END
                FROM old_rows) c
          GROUP BY event_id) d
    WHERE e.id = d.event_id AND (d.registered <> 0 OR d.present <> 0 OR d.unrecorded <> 0);
    RETURN NULL;
END
$$;

CREATE TRIGGER event_attendance_counts_insert AFTER INSERT ON event_attendance
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_counts_inserted();
CREATE TRIGGER event_attendance_counts_delete AFTER DELETE ON event_attendance
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_counts_deleted();
CREATE TRIGGER event_attendance_counts_update AFTER UPDATE ON event_attendance
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION event_attendance_counts_updated();

CREATE FUNCTION event_attendance_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_event SET registered_count = 0, present_count = 0, unrecorded_count = 0
    WHERE registered_count <> 0 OR present_count <> 0 OR unrecorded_count <> 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER event_attendance_counts_truncate AFTER TRUNCATE ON event_attendance
    FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_counts_truncated();
