-- Issue 15: the annual report counts distinct participants and active workers per county, region and nation from
-- each worker's set of counties (reporting Figures.LEVELS: bit n for the county coded n, bit 0 for a national
-- event). For the presences it built those sets from the year's (year, county, worker) pairs (V99), 66,000 rows at
-- stress scale, on every computed report. activity_presence_worker_year keeps them: per report year and community
-- worker, the counties where the worker was present at a held event, as those bits (about 36,000 rows a year).
-- It follows the pairs: activity_presence_year_add, which every trigger of V99 writes the pairs through, now also
-- recomputes the sets of the (year, worker) it touched from their pairs, and the truncation clears both.
CREATE TABLE activity_presence_worker_year (
    year      integer NOT NULL,
    worker_id bigint  NOT NULL,
    counties  integer NOT NULL,
    CONSTRAINT activity_presence_worker_year_pkey PRIMARY KEY (year, worker_id) INCLUDE (counties)
);

-- Finds the pairs of one (year, worker) when its set is recomputed.
CREATE INDEX activity_presence_year_worker_idx ON activity_presence_year (year, worker_id);

-- A county's bit in such a set (its code is 01-30, V100); bit 0 for no county. The report's statements use it too.
CREATE FUNCTION county_bit(county_code char(2)) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT 1 << coalesce(county_code::integer, 0) $$;

CREATE OR REPLACE FUNCTION activity_presence_year_add(delta activity_presence_year[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO activity_presence_year AS p (year, county_code, worker_id, presences)
    SELECT d.year, d.county_code, d.worker_id, sum(d.presences)::integer FROM unnest(delta) d
    GROUP BY d.year, d.county_code, d.worker_id HAVING sum(d.presences) <> 0
    ORDER BY d.year, d.county_code, d.worker_id
    ON CONFLICT ON CONSTRAINT activity_presence_year_key DO UPDATE SET presences = p.presences + excluded.presences;
    DELETE FROM activity_presence_year WHERE presences <= 0;
    -- The sets of the touched (year, worker), in key order; a worker left without pairs in a year has no set.
    INSERT INTO activity_presence_worker_year AS s (year, worker_id, counties)
    SELECT t.year, t.worker_id, bit_or(county_bit(p.county_code))
    FROM (SELECT DISTINCT d.year, d.worker_id FROM unnest(delta) d) t
    JOIN activity_presence_year p ON p.year = t.year AND p.worker_id = t.worker_id
    GROUP BY t.year, t.worker_id
    ORDER BY t.year, t.worker_id
    ON CONFLICT ON CONSTRAINT activity_presence_worker_year_pkey DO UPDATE SET counties = excluded.counties
        WHERE s.counties <> excluded.counties;
    DELETE FROM activity_presence_worker_year s
    USING (SELECT DISTINCT d.year, d.worker_id FROM unnest(delta) d) t
    WHERE s.year = t.year AND s.worker_id = t.worker_id
      AND NOT EXISTS (SELECT 1 FROM activity_presence_year p WHERE p.year = t.year AND p.worker_id = t.worker_id);
$$;

CREATE OR REPLACE FUNCTION activity_presence_year_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM activity_presence_year;
    DELETE FROM activity_presence_worker_year;
    RETURN NULL;
END
$$;

INSERT INTO activity_presence_worker_year (year, worker_id, counties)
SELECT year, worker_id, bit_or(county_bit(county_code))
FROM activity_presence_year
GROUP BY year, worker_id;
