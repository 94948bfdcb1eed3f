-- Stress data set for the capacity module (issue 17): four two-year capacity-building programmes of the stress
-- organisations, every stress organisation enrolled in two of them (10,000 enrolments), each enrolment with an
-- entry and an exit assessment (20,000 assessments, 120,000 scores), two development-plan milestones, the
-- programmes' targets, and every eighth attendance row of a stress training or consultation of the programmes'
-- years naming an enrolled organisation of the event's county (an eighth of the consultations name the one they
-- served). Needs scripts/stress-organisations.sql (and for the events scripts/stress-activities.sql) first.
-- Reproducible, idempotent, deterministic (no random()).
--   psql "$DB_URL" -v ON_ERROR_STOP=1 -f scripts/stress-capacity.sql
\set ON_ERROR_STOP on

SELECT EXISTS (SELECT 1 FROM programme WHERE name LIKE 'Stressz-kapacitásprogram %') AS already_loaded \gset

\if :already_loaded
\echo 'stress capacity set already loaded: nothing to do'
\else
INSERT INTO programme (name, funder, first_year, last_year, description)
SELECT 'Stressz-kapacitásprogram ' || k, 'Stressz Alap', 2016 + 2 * k, 2017 + 2 * k,
       'Szervezetfejlesztés a stressz-szervezeteknek (' || k || ')'
FROM generate_series(1, 4) AS k;

CREATE TEMP TABLE stress_c_programme AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, make_date(first_year, 1, 1) AS from_day
FROM programme WHERE name LIKE 'Stressz-kapacitásprogram %';

CREATE TEMP TABLE stress_c_org AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, county_code FROM organisation
WHERE name LIKE 'Stressz-szervezet %';

-- Organisation n takes part in programmes n % 4 and (n + 1) % 4.
INSERT INTO capacity_enrolment (programme_id, organisation_id, enrolled_on, left_on, note)
SELECT p.id, o.id, p.from_day + (o.n % 90)::int,
       CASE WHEN o.n % 9 = 0 THEN p.from_day + 400 + (o.n % 200)::int END,
       CASE WHEN o.n % 3 = 0 THEN 'Stressz-belépés ' || o.n END
FROM stress_c_org o JOIN stress_c_programme p ON p.k IN (o.n % 4, (o.n + 1) % 4)
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE stress_c_enrolment AS
SELECT e.id, e.enrolled_on, row_number() OVER (ORDER BY e.id) AS n
FROM capacity_enrolment e JOIN stress_c_programme p ON p.id = e.programme_id;

INSERT INTO capacity_assessment (enrolment_id, stage, assessed_on)
SELECT e.id, s.stage, e.enrolled_on + CASE s.stage WHEN 'ENTRY' THEN 14 ELSE 600 END
FROM stress_c_enrolment e CROSS JOIN (VALUES ('ENTRY'), ('EXIT')) AS s(stage);

-- Entry scores 1-3; exit scores mostly higher (about a quarter the same, one in twelve lower).
INSERT INTO capacity_assessment_score (assessment_id, dimension, score, note)
SELECT a.id, d.dimension,
       CASE a.stage
           WHEN 'ENTRY' THEN 1 + ((e.n * 7 + d.k * 13) % 3)
           ELSE greatest(1, least(4, 1 + ((e.n * 7 + d.k * 13) % 3)
                + CASE WHEN (e.n + d.k) % 12 = 0 THEN -1 WHEN (e.n + d.k) % 4 = 0 THEN 0 ELSE 1 END))
       END,
       CASE WHEN (e.n + d.k) % 5 = 0 THEN 'Stressz-megjegyzés ' || e.n || '/' || d.k END
FROM capacity_assessment a
JOIN stress_c_enrolment e ON e.id = a.enrolment_id
CROSS JOIN (VALUES (0, 'GOVERNANCE'), (1, 'PLANNING'), (2, 'FUNDRAISING'), (3, 'COMMUNICATION'),
                   (4, 'PARTNERSHIPS'), (5, 'COMMUNITY_INVOLVEMENT')) AS d(k, dimension);

INSERT INTO capacity_milestone (enrolment_id, title, due_on, done_on)
SELECT e.id, 'Stressz-mérföldkő ' || e.n || '/' || m, e.enrolled_on + 120 * m,
       CASE WHEN (e.n + m) % 3 <> 0 THEN e.enrolled_on + 120 * m - 10 + ((e.n % 30))::int END
FROM stress_c_enrolment e CROSS JOIN generate_series(1, 2) AS m;

INSERT INTO programme_target_set (programme_id) SELECT id FROM stress_c_programme;
INSERT INTO programme_target (programme_id, indicator, county_code, target)
SELECT p.id, 'ORGANISATIONS_ENROLLED', c.code, 130 FROM stress_c_programme p CROSS JOIN county c;
INSERT INTO programme_target (programme_id, indicator, target)
SELECT p.id, t.indicator, t.target FROM stress_c_programme p
CROSS JOIN (VALUES ('TRAININGS_HELD', 400), ('TRAINING_HOURS', 2400), ('PARTICIPANTS', 3000),
                   ('MENTORING_SESSIONS', 300), ('INITIATIVES_REALISED', 500), ('OUTCOMES', 800)) AS t(indicator, target);

-- The organisation a participant came with: an organisation of the event's county enrolled in a programme of the
-- event's year, on every eighth attendance row of a stress training or consultation of 2018-2025.
CREATE TEMP TABLE stress_c_county_org AS
SELECT county_code, row_number() OVER (PARTITION BY county_code ORDER BY id) - 1 AS k, id FROM stress_c_org;
CREATE TEMP TABLE stress_c_county_count AS
SELECT county_code, count(*) AS n FROM stress_c_county_org GROUP BY county_code;

UPDATE event_attendance a SET organisation_id = o.id
FROM activity_event ev
JOIN stress_c_county_count cnt ON cnt.county_code = ev.county_code
JOIN stress_c_county_org o ON o.county_code = ev.county_code AND o.k = ev.id % cnt.n
WHERE a.event_id = ev.id AND a.id % 8 = 0 AND ev.kind IN ('TRAINING', 'CONSULTATION')
  AND ev.title LIKE 'Stressz-esemény %' AND ev.starts_at >= TIMESTAMPTZ '2018-01-01 00:00+01';

UPDATE activity_event ev SET organisation_id = o.id
FROM stress_c_county_count cnt
JOIN stress_c_county_org o ON o.county_code = cnt.county_code
WHERE cnt.county_code = ev.county_code AND o.k = ev.id % cnt.n AND ev.id % 8 = 0 AND ev.kind = 'CONSULTATION'
  AND ev.title LIKE 'Stressz-esemény %' AND ev.starts_at >= TIMESTAMPTZ '2018-01-01 00:00+01';

DROP TABLE stress_c_programme, stress_c_org, stress_c_enrolment, stress_c_county_org, stress_c_county_count;
\endif
