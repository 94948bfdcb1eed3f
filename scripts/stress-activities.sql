-- Stress data set of DESIGN.md section 6 for the activities module: 200,000 events (2004-2025, all counties and
-- kinds; about 1 in 12 cancelled, 1 in 25 still scheduled, 1 in 20 national) with 2,000,000 attendance rows
-- (10 distinct workers per event; about 1 in 8 absent), and 20,000 exchange visits with their travellers.
-- Run after scripts/stress-initiatives.sql (or scripts/stress-data.sql) against a migrated database:
--   psql "$DB_URL" -v ON_ERROR_STOP=1 -f scripts/stress-activities.sql
-- Idempotent: does nothing once its events exist. Deterministic (no random()).
\set ON_ERROR_STOP on

CREATE TEMP TABLE stress_a_worker AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM community_worker;
CREATE TEMP TABLE stress_a_place AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, county_code FROM settlement;
CREATE TEMP TABLE stress_a_county AS
SELECT row_number() OVER (ORDER BY code) - 1 AS k, code FROM county;

SELECT (SELECT count(*) FROM stress_a_worker) AS workers, (SELECT count(*) FROM stress_a_place) AS places,
       EXISTS (SELECT 1 FROM activity_event WHERE title LIKE 'Stressz-esemény %') AS already_loaded \gset

\if :already_loaded
\echo 'stress events already loaded: nothing to do'
\else
INSERT INTO activity_event (kind, title, county_code, starts_at, ends_at, venue_settlement_id, capacity,
                            training_hours, status, cancel_reason, summary)
SELECT (ARRAY['WORKSHOP','WORKSHOP','TRAINING','CONSULTATION','CONFERENCE'])[1 + n % 5],
       'Stressz-esemény ' || n,
       CASE WHEN n % 20 = 0 THEN NULL ELSE p.county_code END,
       s.starts_at, s.starts_at + interval '3 hours', p.id, 40,
       CASE WHEN n % 5 = 2 THEN 6 END,
       CASE WHEN n % 12 = 0 THEN 'CANCELLED' WHEN n % 25 = 0 THEN 'SCHEDULED' ELSE 'HELD' END,
       CASE WHEN n % 12 = 0 THEN 'Elmaradt: kevés jelentkező' END,
       CASE WHEN n % 12 <> 0 THEN 'Összefoglaló ' || n END
FROM generate_series(1, 200000) AS n
CROSS JOIN LATERAL (SELECT timestamptz '2004-01-05 09:00+01'
                           + make_interval(days => ((n::bigint * 2654435761) % 8030)::int,
                                           hours => (n % 9)::int) AS starts_at) s
JOIN stress_a_place p ON p.k = (n::bigint * 7919) % :places;

INSERT INTO event_attendance (event_id, worker_id, presence)
SELECT e.id, w.id, CASE WHEN e.status = 'SCHEDULED' THEN NULL
                        WHEN (e.id + j) % 8 = 0 THEN 'ABSENT' ELSE 'PRESENT' END
FROM activity_event e
CROSS JOIN generate_series(0, 9) AS j
JOIN stress_a_worker w ON w.k = (e.id * 7 + j * 2003) % :workers
WHERE e.title LIKE 'Stressz-esemény %';

INSERT INTO exchange_visit (visit_date, county_code, host_settlement_id, purpose, learned, other_participants)
SELECT date '2004-02-01' + ((n::bigint * 40503) % 8000)::int, p.county_code, p.id,
       'Stressz-tapasztalatcsere ' || n, 'Tanulság ' || n, n % 7
FROM generate_series(1, 20000) AS n
JOIN stress_a_place p ON p.k = (n::bigint * 104729) % :places;

INSERT INTO exchange_visit_party (visit_id, settlement_id)
SELECT v.id, p.id FROM exchange_visit v
JOIN stress_a_place p ON p.k = (v.id * 31 + 11) % :places
WHERE v.purpose LIKE 'Stressz-tapasztalatcsere %' AND p.id <> v.host_settlement_id;

INSERT INTO exchange_visit_worker (visit_id, worker_id)
SELECT v.id, w.id FROM exchange_visit v
CROSS JOIN generate_series(0, 2) AS j
JOIN stress_a_worker w ON w.k = (v.id * 13 + j * 4001) % :workers
WHERE v.purpose LIKE 'Stressz-tapasztalatcsere %';
\endif

VACUUM ANALYZE activity_event;
VACUUM ANALYZE event_attendance;
VACUUM ANALYZE exchange_visit;
VACUUM ANALYZE exchange_visit_party;
VACUUM ANALYZE exchange_visit_worker;
