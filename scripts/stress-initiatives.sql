-- Stress data set of DESIGN.md section 6 for the initiatives module: 3,200 settlements, 20,000 workers and
-- 60,000 initiatives with further settlements, workers, themes, outcomes and notes. Reproducible (setseed).
-- Run against a migrated database:  psql "$DB_URL" -v ON_ERROR_STOP=1 -f scripts/stress-initiatives.sql
SELECT setseed(0.42);

INSERT INTO settlement (name, county_code, type, population, disadvantaged)
SELECT 'Stressztelep ' || n, c.code, 'VILLAGE', 200 + (n * 37) % 5000, n % 4 = 0
FROM generate_series(1, 3200) AS n
JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k FROM county) c ON c.k = n % 20
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE stress_place AS
SELECT row_number() OVER (ORDER BY id) AS k, id FROM settlement WHERE name LIKE 'Stressztelep %';

INSERT INTO community_worker (full_name, county_code, kind)
SELECT 'Stressz Munkás ' || n, (SELECT code FROM county ORDER BY code OFFSET n % 20 LIMIT 1),
       CASE WHEN n % 3 = 0 THEN 'PROFESSIONAL' ELSE 'VOLUNTEER' END
FROM generate_series(1, 20000) AS n
WHERE NOT EXISTS (SELECT 1 FROM community_worker WHERE full_name = 'Stressz Munkás 1');

CREATE TEMP TABLE stress_worker AS
SELECT row_number() OVER (ORDER BY id) AS k, id FROM community_worker WHERE full_name LIKE 'Stressz Munkás %';

CREATE TEMP TABLE stress_new AS
SELECT g.n, p.id AS settlement_id, w.id AS worker_id,
       date '2004-01-01' + ((g.n::bigint * 2654435761) % 8000)::int AS start_date,
       (ARRAY['PLANNED','RUNNING','RUNNING','SELF_SUSTAINING','CLOSED','ABANDONED'])[1 + g.n % 6] AS status
FROM generate_series(1, 60000) AS g(n)
JOIN stress_place p ON p.k = 1 + (g.n::bigint * 7919) % 3200
JOIN stress_worker w ON w.k = 1 + (g.n::bigint * 104729) % 20000;

INSERT INTO initiative (title, primary_settlement_id, status, start_date, end_date, lead_worker_id,
                        need_assessment, action_programme, resident_participants)
SELECT 'Stressz-kezdeményezés ' || n || ' ' || (ARRAY['közösségi kert','ifjúsági klub','idősek klubja',
           'helyi piac','faluszépítés','szomszédsági háló'])[1 + n % 6],
       settlement_id, status,
       CASE WHEN status = 'PLANNED' THEN NULL ELSE start_date END,
       CASE WHEN status IN ('CLOSED', 'ABANDONED') THEN start_date + 400 END,
       worker_id, 'A lakók igénye ' || n, 'Cselekvési program ' || n, n % 150
FROM stress_new;

CREATE TEMP TABLE stress_initiative AS
SELECT id, row_number() OVER (ORDER BY id) AS k, status, start_date FROM initiative
WHERE title LIKE 'Stressz-kezdeményezés %';

INSERT INTO initiative_settlement (initiative_id, settlement_id)
SELECT i.id, p.id FROM stress_initiative i JOIN stress_place p ON p.k = 1 + (i.k * 31 + 7) % 3200
ON CONFLICT DO NOTHING;

INSERT INTO initiative_worker (initiative_id, worker_id)
SELECT i.id, w.id FROM stress_initiative i JOIN stress_worker w ON w.k = 1 + (i.k * 17) % 20000
ON CONFLICT DO NOTHING;

INSERT INTO initiative_theme (initiative_id, theme_code)
SELECT i.id, t.code FROM stress_initiative i
JOIN initiative_theme_ref t ON t.position IN (1 + i.k % 13, 1 + (i.k + 5) % 13)
ON CONFLICT DO NOTHING;

INSERT INTO initiative_outcome (initiative_id, type, name, achieved_on)
SELECT id, 'CLUB', 'Klub ' || k, start_date + 100 FROM stress_initiative
WHERE status <> 'PLANNED' AND k % 2 = 0;

INSERT INTO progress_note (initiative_id, noted_on, text, author)
SELECT i.id, i.start_date + d * 60, 'Haladási feljegyzés ' || d, 'stress'
FROM stress_initiative i CROSS JOIN generate_series(1, 2) AS d WHERE i.status <> 'PLANNED';

VACUUM ANALYZE;
