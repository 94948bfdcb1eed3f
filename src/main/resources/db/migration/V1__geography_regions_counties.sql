-- Reference data: the seven statistical regions and the 20 counties (19 counties and Budapest) with KSH codes.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE; this wrapper is IMMUTABLE so that it can be used in indexes for accent-free search.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE OR REPLACE FUNCTION search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.f_unaccent($1)) $$;

CREATE TABLE region (
    id         SMALLINT PRIMARY KEY,
    name       VARCHAR(60) NOT NULL UNIQUE
);

CREATE TABLE county (
    code       CHAR(2) PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name       VARCHAR(60) NOT NULL UNIQUE,
    seat       VARCHAR(60) NOT NULL,
    region_id  SMALLINT NOT NULL REFERENCES region (id)
);

INSERT INTO region (id, name) VALUES
    (1, 'Közép-Magyarország'),
    (2, 'Dél-Dunántúl'),
    (3, 'Dél-Alföld'),
    (4, 'Észak-Magyarország'),
    (5, 'Közép-Dunántúl'),
    (6, 'Nyugat-Dunántúl'),
    (7, 'Észak-Alföld');

INSERT INTO county (code, name, seat, region_id) VALUES
    ('01', 'Budapest', 'Budapest', 1),
    ('02', 'Baranya', 'Pécs', 2),
    ('03', 'Bács-Kiskun', 'Kecskemét', 3),
    ('04', 'Békés', 'Békéscsaba', 3),
    ('05', 'Borsod-Abaúj-Zemplén', 'Miskolc', 4),
    ('06', 'Csongrád-Csanád', 'Szeged', 3),
    ('07', 'Fejér', 'Székesfehérvár', 5),
    ('08', 'Győr-Moson-Sopron', 'Győr', 6),
    ('09', 'Hajdú-Bihar', 'Debrecen', 7),
    ('10', 'Heves', 'Eger', 4),
    ('11', 'Komárom-Esztergom', 'Tatabánya', 5),
    ('12', 'Nógrád', 'Salgótarján', 4),
    ('13', 'Pest', 'Budapest', 1),
    ('14', 'Somogy', 'Kaposvár', 2),
    ('15', 'Szabolcs-Szatmár-Bereg', 'Nyíregyháza', 7),
    ('16', 'Jász-Nagykun-Szolnok', 'Szolnok', 7),
    ('17', 'Tolna', 'Szekszárd', 2),
    ('18', 'Vas', 'Szombathely', 6),
    ('19', 'Veszprém', 'Veszprém', 5),
    ('20', 'Zala', 'Zalaegerszeg', 6);
