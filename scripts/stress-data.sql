-- Stress data for issue 3 (DESIGN.md section 6): tops the registry up to 3,200 settlements and 20,000 community
-- workers with plainly synthetic names. Idempotent: adds only what is missing. Run by the `stress` profile
-- (after the demo data) or by hand: psql -f scripts/stress-data.sql
INSERT INTO settlement (name, county_code, type, population, disadvantaged)
SELECT 'Próbafalu ' || lpad(g::text, 4, '0'),
       lpad((2 + g % 19)::text, 2, '0'),
       CASE WHEN g % 10 = 0 THEN 'LARGE_VILLAGE' ELSE 'VILLAGE' END,
       200 + (g * 37) % 4000,
       g % 3 = 0
FROM generate_series(1, 3200) g
WHERE NOT EXISTS (SELECT 1 FROM settlement WHERE name = 'Próbafalu ' || lpad(g::text, 4, '0'))
LIMIT GREATEST(0, 3200 - (SELECT count(*) FROM settlement));

WITH s AS (SELECT id, county_code, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM settlement)
INSERT INTO community_worker (full_name, county_code, settlement_id, kind, email, phone, active, joined_on)
SELECT (ARRAY['Kovács','Szabó','Tóth','Horváth','Varga','Kiss','Molnár','Németh','Farkas','Balogh'])[1 + g % 10]
           || ' ' || (ARRAY['Anna','Gábor','Zsófia','Péter','Ödön','Judit','Zoltán','Csaba','Éva','Imre'])[1 + (g / 10) % 10]
           || ' ' || g,
       s.county_code, s.id,
       CASE WHEN g % 5 < 3 THEN 'VOLUNTEER' ELSE 'PROFESSIONAL' END,
       'proba' || g || '@example.hu', '+36 30 ' || lpad((g % 1000)::text, 3, '0') || ' ' || lpad((g % 10000)::text, 4, '0'),
       g % 7 <> 0, DATE '2004-03-01' + (g % 7000)
FROM generate_series(1, 20000) g
JOIN s ON s.n = 1 + g % s.total
LIMIT GREATEST(0, 20000 - (SELECT count(*) FROM community_worker));

ANALYZE settlement;
ANALYZE community_worker;
