-- Issue 15: the annual report's attendances, participants and active community workers read the present
-- attendances of the year's held events: 70,880 rows through 8,173 index lookups at stress scale, twice per
-- computed report. They now read activity_presence_year: per report year, organising county (null: a national
-- event, counted only in the national total) and community worker, the number of that worker's present
-- attendances at events held in that year. It is maintained by triggers, as V90 keeps each event's counts:
-- statement-level ones on event_attendance (one upsert per statement however many rows it writes), one on
-- activity_event for a change of status, start or county, and a row-level one before an event is deleted (its
-- attendance goes with it by cascade, after the event row, when the event can no longer be joined).
-- The year of an event is that of its start in Hungarian time, as ReportPeriod reads it.
CREATE TABLE activity_presence_year (
    year        integer NOT NULL,
    county_code char(2),
    worker_id   bigint  NOT NULL,
    presences   integer NOT NULL,
    CONSTRAINT activity_presence_year_key UNIQUE NULLS NOT DISTINCT (year, county_code, worker_id)
        INCLUDE (presences)
);

CREATE FUNCTION activity_presence_year_of(starts_at timestamptz) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT EXTRACT(YEAR FROM starts_at AT TIME ZONE 'Europe/Budapest')::integer $$;

-- Pairs whose presences fall to zero are deleted by the statement that made them so; this index finds them.
CREATE INDEX activity_presence_year_zero_idx ON activity_presence_year (year) WHERE presences <= 0;

-- Adds a statement's changes (rows of this table's type; presences +1 or -1 each) to the pairs, in key order so
-- that concurrent writers lock the pairs in the same order, and deletes the pairs left at zero.
CREATE FUNCTION activity_presence_year_add(delta activity_presence_year[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO activity_presence_year AS p (year, county_code, worker_id, presences)
    SELECT d.year, d.county_code, d.worker_id, sum(d.presences)::integer FROM unnest(delta) d
    GROUP BY d.year, d.county_code, d.worker_id HAVING sum(d.presences) <> 0
    ORDER BY d.year, d.county_code, d.worker_id
    ON CONFLICT ON CONSTRAINT activity_presence_year_key DO UPDATE SET presences = p.presences + excluded.presences;
    DELETE FROM activity_presence_year WHERE presences <= 0;
$$;

CREATE FUNCTION event_attendance_presence_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM activity_presence_year_add(ARRAY(
        SELECT ROW(activity_presence_year_of(e.starts_at), e.county_code, n.worker_id, 1)::activity_presence_year
        FROM new_rows n JOIN activity_event e ON e.id = n.event_id
        WHERE n.presence = 'PRESENT' AND e.status = 'HELD'));
    RETURN NULL;
END
$$;

CREATE FUNCTION event_attendance_presence_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Rows deleted with their event (cascade) find no event any more: the event's trigger took them off.
    PERFORM activity_presence_year_add(ARRAY(
        SELECT ROW(activity_presence_year_of(e.starts_at), e.county_code, o.worker_id, -1)::activity_presence_year
        FROM old_rows o JOIN activity_event e ON e.id = o.event_id
        WHERE o.presence = 'PRESENT' AND e.status = 'HELD'));
    RETURN NULL;
END
$$;

CREATE FUNCTION event_attendance_presence_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM activity_presence_year_add(ARRAY(
        SELECT ROW(activity_presence_year_of(e.starts_at), e.county_code, c.worker_id, c.presences)::activity_presence_year
        FROM (SELECT event_id, worker_id, 1 AS presences FROM new_rows WHERE presence = 'PRESENT'
              UNION ALL
              SELECT event_id, worker_id, -1 FROM old_rows WHERE presence = 'PRESENT') c
        JOIN activity_event e ON e.id = c.event_id
        WHERE e.status = 'HELD'));
    RETURN NULL;
END
$$;

-- An event whose status, start year or county changes: its present attendances leave the pairs of what it was
-- (when it was held) and join those of what it is (when it is held).
CREATE FUNCTION activity_event_presence_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM activity_presence_year_add(ARRAY(
        SELECT ROW(activity_presence_year_of(c.starts_at), c.county_code, a.worker_id, c.presences)::activity_presence_year
        FROM (SELECT o.id, o.starts_at, o.county_code, -1 AS presences, o.status = 'HELD' AS counted
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE o.status IS DISTINCT FROM n.status OR o.county_code IS DISTINCT FROM n.county_code
                 OR activity_presence_year_of(o.starts_at) <> activity_presence_year_of(n.starts_at)
              UNION ALL
              SELECT n.id, n.starts_at, n.county_code, 1, n.status = 'HELD'
              FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE o.status IS DISTINCT FROM n.status OR o.county_code IS DISTINCT FROM n.county_code
                 OR activity_presence_year_of(o.starts_at) <> activity_presence_year_of(n.starts_at)) c
        JOIN event_attendance a ON a.event_id = c.id AND a.presence = 'PRESENT'
        WHERE c.counted));
    RETURN NULL;
END
$$;

CREATE FUNCTION activity_event_presence_deleting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'HELD' THEN
        PERFORM activity_presence_year_add(ARRAY(
            SELECT ROW(activity_presence_year_of(OLD.starts_at), OLD.county_code, a.worker_id, -1)::activity_presence_year
            FROM event_attendance a WHERE a.event_id = OLD.id AND a.presence = 'PRESENT'));
    END IF;
    RETURN OLD;
END
$$;

CREATE FUNCTION activity_presence_year_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM activity_presence_year;
    RETURN NULL;
END
$$;

CREATE TRIGGER event_attendance_presence_insert AFTER INSERT ON event_attendance
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_presence_inserted();
CREATE TRIGGER event_attendance_presence_delete AFTER DELETE ON event_attendance
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_presence_deleted();
CREATE TRIGGER event_attendance_presence_update AFTER UPDATE ON event_attendance
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION event_attendance_presence_updated();
CREATE TRIGGER event_attendance_presence_truncate AFTER TRUNCATE ON event_attendance
    FOR EACH STATEMENT EXECUTE FUNCTION activity_presence_year_truncated();
CREATE TRIGGER activity_event_presence_update AFTER UPDATE ON activity_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION activity_event_presence_updated();
CREATE TRIGGER activity_event_presence_delete BEFORE DELETE ON activity_event
    FOR EACH ROW EXECUTE FUNCTION activity_event_presence_deleting();
CREATE TRIGGER activity_event_presence_truncate AFTER TRUNCATE ON activity_event
    FOR EACH STATEMENT EXECUTE FUNCTION activity_presence_year_truncated();

INSERT INTO activity_presence_year (year, county_code, worker_id, presences)
SELECT activity_presence_year_of(e.starts_at), e.county_code, a.worker_id, count(*)
FROM activity_event e JOIN event_attendance a ON a.event_id = e.id AND a.presence = 'PRESENT'
WHERE e.status = 'HELD'
GROUP BY 1, 2, 3;
