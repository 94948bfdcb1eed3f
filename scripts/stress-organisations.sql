-- Stress data set for the organisations module (issue 17): 5,000 organisations and informal groups spread over the
-- 20 counties, each running one initiative of its county (and every fifth born from a second one), with contact
-- persons. Needs scripts/stress-initiatives.sql first (its settlements and initiatives). Reproducible, idempotent.
-- Run against a migrated database:  psql "$DB_URL" -v ON_ERROR_STOP=1 -f scripts/stress-organisations.sql
CREATE TEMP TABLE stress_org_initiative AS
SELECT row_number() OVER (PARTITION BY s.county_code ORDER BY i.id) AS k, s.county_code, i.id AS initiative_id,
       s.id AS settlement_id, s.name AS settlement_name
FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
WHERE i.title LIKE 'Stressz-kezdeményezés %';

CREATE TEMP TABLE stress_org_count AS
SELECT county_code, count(*) AS n FROM stress_org_initiative GROUP BY county_code;

CREATE TEMP TABLE stress_org AS
SELECT g.n, c.county_code, a.initiative_id, a.settlement_id, a.settlement_name, b.initiative_id AS born_from
FROM generate_series(1, 5000) AS g(n)
JOIN (SELECT county_code, row_number() OVER (ORDER BY county_code) - 1 AS k FROM stress_org_count) c ON c.k = g.n % 20
JOIN stress_org_count cnt ON cnt.county_code = c.county_code
JOIN stress_org_initiative a ON a.county_code = c.county_code AND a.k = 1 + (g.n::bigint * 7919) % cnt.n
JOIN stress_org_initiative b ON b.county_code = c.county_code AND b.k = 1 + (g.n::bigint * 104729) % cnt.n
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE name LIKE 'Stressz-szervezet %');

INSERT INTO organisation (name, kind, county_code, seat_settlement_id, founded_on, focus, contact_name, contact_email,
                          contact_phone, active)
SELECT 'Stressz-szervezet ' || n || ' ' || settlement_name || ' '
           || (ARRAY['Közösségéért Egyesület','Jövőjéért Alapítvány','Baba-mama Kör','Ifjúsági Csoport',
                     'Nonprofit Kft.','Nemzetiségi Önkormányzat'])[1 + n % 6],
       (ARRAY['ASSOCIATION','FOUNDATION','INFORMAL_GROUP','INFORMAL_GROUP','NONPROFIT_COMPANY',
              'MINORITY_SELF_GOVERNMENT'])[1 + n % 6],
       county_code, settlement_id, date '2000-01-01' + ((n::bigint * 2654435761) % 9000)::int,
       'Tevékenység ' || n, 'Stressz Kapcsolattartó ' || n, 'szervezet' || n || '@example.hu',
       '+36 30 ' || (100 + n % 900) || ' ' || (1000 + n % 9000), n % 10 <> 0
FROM stress_org
ON CONFLICT DO NOTHING;

INSERT INTO organisation_initiative (organisation_id, initiative_id, relation)
SELECT o.id, s.initiative_id, 'RUNS'
FROM stress_org s JOIN organisation o ON o.name LIKE 'Stressz-szervezet %'
    AND split_part(o.name, ' ', 2)::int = s.n
ON CONFLICT DO NOTHING;

INSERT INTO organisation_initiative (organisation_id, initiative_id, relation)
SELECT o.id, s.born_from, 'BORN_FROM'
FROM stress_org s JOIN organisation o ON o.name LIKE 'Stressz-szervezet %'
    AND split_part(o.name, ' ', 2)::int = s.n
WHERE s.n % 5 = 0
ON CONFLICT DO NOTHING;

DROP TABLE stress_org, stress_org_count, stress_org_initiative;
